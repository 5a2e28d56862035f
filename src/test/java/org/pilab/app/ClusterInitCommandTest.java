package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.hardware.Catalogue;
import org.pilab.hardware.PiModel;
import org.pilab.realcluster.TestKeys;

/** pilab cluster init through the command line: flags, prompts, and refused input. */
class ClusterInitCommandTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(status, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    private Path publicKey() throws IOException {
        return Files.writeString(tmp.resolve("id_ed25519.pub"), TestKeys.ed25519PublicLine("me@laptop") + "\n");
    }

    @Test
    void flagsAloneWriteTheBundle() throws IOException {
        Path out = tmp.resolve("bundle");
        Run r = run("", "cluster", "init", "--non-interactive", "--name", "lab2", "--nodes", "3", "--model", "pi5-8gb",
                "--head", "pi01", "--subnet", "192.168.7.0/24", "--user", "alice", "--ssh-key", publicKey().toString(),
                "--os", "trixie", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("written to " + out), r.out());
        PiModel pi5 = Catalogue.load().model("pi5-8gb");
        String conf = Files.readString(out.resolve("slurm.conf"));
        assertTrue(conf.contains("ClusterName=lab2"), conf);
        assertTrue(conf.contains("NodeName=pi03 NodeAddr=192.168.7.13 CPUs=" + pi5.cores()), conf);
        assertTrue(conf.contains("RealMemory=" + pi5.realMemoryMb()), conf);
        assertTrue(Files.readString(out.resolve("boot/pi02/user-data")).contains("name: \"alice\""));
    }

    @Test
    void questionsAreAskedAndAWrongAnswerIsAskedAgain() throws IOException {
        Path out = tmp.resolve("asked");
        String answers = String.join("\n", "mylab", "2", "pi9-giant", "pi4-8gb", "pi1", "", "", "", publicKey().toString(),
                "bookworm", out.toString()) + "\n";
        Run r = run(answers, "cluster", "init");
        assertEquals(0, r.status(), r.err() + r.out());
        assertTrue(r.out().contains("Cluster name [pilab]: "), r.out());
        assertTrue(r.out().contains("unknown Pi model 'pi9-giant'"), r.out());
        assertTrue(r.out().contains("head node 'pi1': number the nodes with two digits"), r.out());
        String conf = Files.readString(out.resolve("slurm.conf"));
        assertTrue(conf.contains("ClusterName=mylab"), conf);
        assertTrue(conf.contains("RealMemory=" + Catalogue.load().model("pi4-8gb").realMemoryMb()), conf);
        assertTrue(conf.contains("SlurmctldHost=pi01(10.0.0.11)"), conf);
        assertTrue(Files.exists(out.resolve("boot/pi02/custom.toml")));
    }

    @Test
    void aPrivateKeyIsRefusedAndNothingIsWritten() throws IOException {
        Path key = Files.writeString(tmp.resolve("id_ed25519"), TestKeys.PRIVATE_KEY_FILE);
        Path out = tmp.resolve("never");
        Run r = run("", "cluster", "init", "--non-interactive", "--ssh-key", key.toString(), "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("PRIVATE key"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void scriptedUseWithoutAKeyOrWithEndedInputSaysWhatIsMissing() {
        Run r = run("", "cluster", "init", "--non-interactive", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--ssh-key"), r.err());
        Run ended = run("mylab\n", "cluster", "init");
        assertEquals(2, ended.status());
        assertTrue(ended.err().contains("input ended"), ended.err());
    }

    @Test
    void badFlagValuesAreUsageErrorsNamingTheValue() throws IOException {
        Run r = run("", "cluster", "init", "--non-interactive", "--ssh-key", publicKey().toString(), "--subnet",
                "10.0.0.5/24", "--out", tmp.resolve("y").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("10.0.0.0/24"), r.err());
        Run os = run("", "cluster", "init", "--non-interactive", "--ssh-key", publicKey().toString(), "--os", "arch",
                "--out", tmp.resolve("z").toString());
        assertEquals(2, os.status());
        assertTrue(os.err().contains("bookworm, trixie or ubuntu"), os.err());
    }
}
