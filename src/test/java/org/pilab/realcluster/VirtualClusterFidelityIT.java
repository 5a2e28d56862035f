package org.pilab.realcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilab.realcluster.bundle.BundleSlurmConf;
import org.pilab.realcluster.bundle.ClusterPlan;
import org.pilab.realcluster.bundle.Ipv4Subnet;
import org.pilab.realcluster.bundle.OsRelease;
import org.pilab.realcluster.bundle.SshPublicKey;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.ProcessRunner;
import org.pilab.realcluster.testbed.TestbedScripts;
import org.pilab.slurm.cmd.VirtualCluster;
import org.pilab.hardware.Catalogue;

/**
 * Differential fidelity: one small workload on the real SLURM testbed and on the virtual
 * cluster built from the same bundle slurm.conf; sinfo and squeue must agree.
 */
class VirtualClusterFidelityIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path SCRIPTS = PROJECT.resolve("cluster-mode/testbed");
    private static final ProcessRunner HOST = new ProcessRunner();

    /** The workload: whole-node jobs, an array of 1-CPU tasks, and jobs that must wait. */
    static final List<String> WORKLOAD = List.of(
            "sbatch -p long -c 4 --wrap \"sleep 60\"",
            "sbatch -p long -c 4 --wrap \"sleep 60\"",
            "sbatch --array=0-9 -c 1 --wrap \"sleep 60\"",
            "sbatch -c 2 --wrap \"sleep 60\"",
            "sbatch -c 4 --wrap \"sleep 60\"");

    /** What is compared: formats without elapsed times, which real and virtual clocks cannot share. */
    static final List<String> PROBES = List.of(
            "sinfo",
            "sinfo -N -o \"%N %P %t %C\"",
            "squeue -r -o \"%i %P %j %t %D %C %N %r\"");

    private static Path work;
    private static Path lab;
    private static boolean labUp;

    @BeforeAll
    static void prerequisites() throws IOException {
        List<String> missing = new ArrayList<>();
        if (!HOST.run(List.of("id", "-u"), "", Duration.ofSeconds(10)).stdout().strip().equals("0")) {
            missing.add("root");
        }
        List<String> programs = TestbedScripts.missingPrograms(System.getenv());
        if (!programs.isEmpty()) {
            missing.add("programs " + programs);
        }
        if (!missing.isEmpty()) {
            String why = "the real-SLURM testbed needs " + String.join(", ", missing);
            if (TestKeys.underCi()) {
                throw new AssertionError("CI=true, but " + why);
            }
            Assumptions.abort(why);
        }
        if (Files.exists(Path.of("/sys/class/net/pilab0"))) {
            throw new AssertionError("a testbed is already up on this machine (link pilab0); stop it first");
        }
        work = Files.createTempDirectory(Path.of("/tmp"), "pilab-fidelity-");
        lab = work.resolve("lab");
    }

    @AfterAll
    static void stop() throws IOException {
        if (labUp) {
            HOST.run(List.of(SCRIPTS.resolve("down").toString(), "--lab", lab.toString()), "", Duration.ofMinutes(2));
        }
    }

    @Test
    void realAndVirtualSlurmShowTheSameQueueAndNodes() throws Exception {
        ClusterPlan plan = new ClusterPlan("pilab", 4, Catalogue.load().model("pi4-4gb"), "pi01",
                Ipv4Subnet.parse("10.0.0.0/24"), "pi", SshPublicKey.parse(TestKeys.ed25519PublicLine(""), "k.pub"),
                OsRelease.BOOKWORM);
        String conf = BundleSlurmConf.render(plan);
        Path confFile = Files.writeString(work.resolve("slurm.conf"), conf);
        CommandResult up = HOST.run(List.of(SCRIPTS.resolve("up").toString(), "--conf", confFile.toString(), "--lab",
                lab.toString()), "", Duration.ofMinutes(2));
        labUp = true;
        assertEquals(0, up.exitCode(), up.stderr());
        ProcessRunner slurm = new ProcessRunner(Map.of("SLURM_CONF", lab.resolve("slurm.conf").toString()));
        Path jobDir = Files.createDirectories(work.resolve("jobs"));
        // The virtual cluster reads the slurm.conf the daemons run: the bundle's, with the
        // testbed's changes (among them bf_interval=5, which decides when backfill looks).
        VirtualCluster virtual = VirtualCluster.fromConfText(Files.readString(lab.resolve("slurm.conf")), 1);
        List<String> realOut = new ArrayList<>();
        List<String> virtualOut = new ArrayList<>();
        for (String line : WORKLOAD) {
            realOut.add(real(slurm, jobDir, line));
            virtualOut.add(virtual.run(line).stdout());
            // Let each scheduler act on a submission before the next one (real SLURM numbers
            // array tasks when they start, so the order of events shows in the job ids).
            Thread.sleep(1500);
            virtual.run("sleep 2");
        }
        probe(slurm, jobDir, virtual, realOut, virtualOut);
        // A whole node frees up: which waiting jobs take it is the scheduler's decision.
        realOut.add(real(slurm, jobDir, "scancel 1"));
        virtualOut.add(virtual.run("scancel 1").stdout());
        probe(slurm, jobDir, virtual, realOut, virtualOut);
        labUp = !HOST.run(List.of(SCRIPTS.resolve("down").toString(), "--lab", lab.toString()), "",
                Duration.ofMinutes(2)).ok();
        String realText = String.join("", realOut);
        String virtualText = String.join("", virtualOut);
        assertEquals(realText, virtualText, "real SLURM (expected) and the virtual cluster (actual) differ");
        deleteTree(work);
    }

    private static void probe(ProcessRunner slurm, Path jobDir, VirtualCluster virtual, List<String> realOut,
            List<String> virtualOut) throws InterruptedException {
        Thread.sleep(2000);
        virtual.run("sleep 2");
        for (String probe : PROBES) {
            realOut.add("$ " + probe + "\n" + rows(probe, real(slurm, jobDir, probe)));
            virtualOut.add("$ " + probe + "\n" + rows(probe, virtual.run(probe).stdout()));
        }
    }

    /**
     * Rows as a sorted set under the header, where the real order of ties is not defined:
     * squeue sorts by partition, state and priority, and rows equal in those (tasks of one
     * array) come in slurmctld's internal job-list order; {@code sinfo -N} sorts by node name,
     * and one node's partitions come in either order from one call to the next (seen on the
     * testbed). Plain sinfo's order is compared as is.
     */
    static String rows(String probe, String output) {
        if (!probe.startsWith("squeue") && !probe.startsWith("sinfo -N")) {
            return output;
        }
        List<String> lines = new ArrayList<>(output.lines().toList());
        if (lines.isEmpty()) {
            return output;
        }
        String header = lines.remove(0);
        lines.sort(Comparator.naturalOrder());
        return header + "\n" + String.join("\n", lines) + "\n";
    }

    /** Runs one command line of the workload for real: the words as a shell would split them. */
    private static String real(ProcessRunner slurm, Path dir, String line) {
        List<String> argv = new ArrayList<>(org.pilab.slurm.ctl.ScriptPayload.words(line));
        if (argv.get(0).equals("sbatch")) {
            argv.add(1, "--chdir=" + dir);
        }
        CommandResult r = slurm.run(argv, "", Duration.ofSeconds(30));
        return r.stdout() + r.stderr();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
