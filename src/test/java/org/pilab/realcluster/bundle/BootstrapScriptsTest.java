package org.pilab.realcluster.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.realcluster.TestKeys;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.ProcessRunner;
import org.pilab.realcluster.testbed.TestbedScripts;

/** The generated shell files: shellcheck-clean, and bash reads back exactly the planned values. */
class BootstrapScriptsTest {

    @TempDir
    Path tmp;

    private static final ProcessRunner RUN = new ProcessRunner();

    private static boolean onPath(String program) {
        return TestbedScripts.missingPrograms(System.getenv()).stream().noneMatch(program::equals)
                && RUN.run(List.of("sh", "-c", "command -v " + program), "", Duration.ofSeconds(10)).ok();
    }

    @Test
    void everyScriptOfEveryOsIsShellcheckClean() throws IOException {
        boolean have = RUN.run(List.of("sh", "-c", "command -v shellcheck"), "", Duration.ofSeconds(10)).ok();
        if (!have) {
            if (TestKeys.underCi()) {
                throw new AssertionError("CI=true but shellcheck is missing: .ci/run must install it");
            }
            Assumptions.abort("shellcheck is not installed (apt-get install -y shellcheck)");
        }
        for (OsRelease os : OsRelease.values()) {
            Path out = tmp.resolve(os.id());
            BundleWriter.write(ClusterPlanTest.plan(4, "pi01", "10.0.0.0/24", os), out, false);
            List<String> argv = new ArrayList<>(List.of("shellcheck", "-x", "--severity=style"));
            for (String f : List.of("bootstrap/head.sh", "bootstrap/node.sh", "bootstrap/lib.sh",
                    "bootstrap/copy-munge-key.sh", "cluster.env", "sbatch/backtest.sbatch", "sbatch/sweep.sbatch")) {
                argv.add(out.resolve(f).toString());
            }
            CommandResult r = RUN.run(argv, "", Duration.ofMinutes(2));
            assertEquals(0, r.exitCode(), os.id() + ":\n" + r.stdout() + r.stderr());
        }
    }

    @Test
    void bashReadsClusterEnvBackAsPlanned() throws IOException {
        Assumptions.assumeTrue(onPath("bash"), "bash is not installed");
        ClusterPlan plan = ClusterPlanTest.plan(3, "pi02", "172.16.0.0/16", OsRelease.UBUNTU);
        Path out = tmp.resolve("b");
        BundleWriter.write(plan, out, false);
        CommandResult r = RUN.run(List.of("bash", "-c",
                "source \"$1\"; printf '%s\\n' \"$HEAD_NAME\" \"$HEAD_ADDR\" \"$SUBNET\" \"$OS_RELEASE\" \"$JAVA_PACKAGE\" \"${NODE_NAMES[@]}\""
                        + " \"${NODE_ADDRS[2]}\"", "bash", out.resolve("cluster.env").toString()), "", Duration.ofSeconds(20));
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(List.of("pi02", "172.16.0.12", "172.16.0.0/16", "ubuntu", OsRelease.UBUNTU.javaPackage(),
                "pi01", "pi02", "pi03", "172.16.0.13"),
                r.stdout().lines().toList());
    }

    @Test
    void nodeScriptRefusesAnUnknownNodeBeforeTouchingAnything() throws IOException {
        Assumptions.assumeTrue(onPath("bash"), "bash is not installed");
        Assumptions.assumeTrue(RUN.run(List.of("id", "-u"), "", Duration.ofSeconds(5)).stdout().strip().equals("0"),
                "node.sh checks for root first; this check needs root to get past it");
        Path out = tmp.resolve("b");
        BundleWriter.write(ClusterPlanTest.plan(3, "pi01", "10.0.0.0/24", OsRelease.BOOKWORM), out, false);
        CommandResult r = RUN.run(List.of("bash", out.resolve("bootstrap/node.sh").toString(), "pi09"), "",
                Duration.ofSeconds(20));
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("no node 'pi09'") && r.stderr().contains("pi01 pi02 pi03"), r.stderr());
        r = RUN.run(List.of("bash", out.resolve("bootstrap/node.sh").toString(), "pi01"), "", Duration.ofSeconds(20));
        assertTrue(r.stderr().contains("head node"), r.stderr());
    }
}
