package org.pilab.realcluster.testbed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.realcluster.exec.ClusterException;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.RecordingRunner;

class TestbedScriptsTest {

    @TempDir
    Path tmp;

    private Path fakeCheckout() throws IOException {
        Path scripts = Files.createDirectories(tmp.resolve("project/cluster-mode/testbed"));
        for (String s : List.of("up", "down", "status")) {
            Path f = Files.writeString(scripts.resolve(s), "#!/bin/sh\n");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.createDirectories(tmp.resolve("project/target"));
        return scripts;
    }

    @Test
    void theScriptsAreFoundNextToTheJarsProject() throws IOException {
        Path scripts = fakeCheckout();
        Path jar = tmp.resolve("project/target/pilab.jar");
        assertEquals(scripts, TestbedScripts.locate(Optional.empty(), Optional.of(jar), tmp.resolve("elsewhere")));
        assertEquals(scripts, TestbedScripts.locate(Optional.empty(), Optional.empty(), tmp.resolve("project/target")));
        assertEquals(scripts, TestbedScripts.locate(Optional.of(scripts), Optional.empty(), tmp));
    }

    @Test
    void missingScriptsAreReportedWithWhereToPointPilab() {
        ClusterException e = assertThrows(ClusterException.class,
                () -> TestbedScripts.locate(Optional.empty(), Optional.empty(), tmp));
        assertTrue(e.getMessage().contains("--scripts DIR"), e.getMessage());
        ClusterException given = assertThrows(ClusterException.class,
                () -> TestbedScripts.locate(Optional.of(tmp), Optional.empty(), tmp));
        assertTrue(given.getMessage().contains("--scripts " + tmp), given.getMessage());
    }

    @Test
    void withoutSlurmOrRootTheMessageSaysWhatToDo() throws IOException {
        Path emptyPath = Files.createDirectories(tmp.resolve("bin"));
        List<String> missing = TestbedScripts.missingPrograms(Map.of("PATH", emptyPath.toString()));
        assertTrue(missing.contains("sbatch") && missing.contains("sinfo"), missing.toString());
        TestbedScripts notRoot = new TestbedScripts(fakeCheckout(),
                new RecordingRunner(c -> RecordingRunner.ok(c.argv(), "1000\n")));
        ClusterException noSlurm = assertThrows(ClusterException.class,
                () -> notRoot.requireUsable(Map.of("PATH", emptyPath.toString()), true));
        assertTrue(noSlurm.getMessage().contains("apt-get install -y slurm-wlm munge"), noSlurm.getMessage());
        if (TestbedScripts.missingPrograms(System.getenv()).isEmpty()) {
            ClusterException noRoot = assertThrows(ClusterException.class,
                    () -> notRoot.requireUsable(System.getenv(), true));
            assertTrue(noRoot.getMessage().contains("sudo"), noRoot.getMessage());
            notRoot.requireUsable(System.getenv(), false);
        }
    }

    @Test
    void upGetsItsArgumentsAsAnArrayAndItsExportLineIsRead() throws IOException {
        Path scripts = fakeCheckout();
        RecordingRunner runner = new RecordingRunner(c -> new CommandResult(c.argv(), 0,
                "export SLURM_CONF=/tmp/lab/slurm.conf\n", "testbed: 4 nodes idle\n"));
        TestbedScripts tb = new TestbedScripts(scripts, runner);
        CommandResult r = tb.up(Path.of("/b/slurm.conf"), Path.of("/tmp/lab"), Optional.of(6), true);
        assertEquals(List.of(scripts.resolve("up").toString(), "--conf", "/b/slurm.conf", "--lab", "/tmp/lab",
                "--nodes", "6", "--accounting"), runner.calls.get(0).argv());
        assertEquals(Optional.of("/tmp/lab/slurm.conf"), TestbedScripts.slurmConf(r.stdout()));
        assertEquals(Optional.empty(), TestbedScripts.slurmConf("nothing\n"));
    }
}
