package org.pilab.realcluster.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.realcluster.TestKeys;

/** A written bundle: complete, executable scripts, and never a secret in it. */
class BundleWriterTest {

    @TempDir
    Path tmp;

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void writesEveryFileAndTheScriptsAreExecutable() throws IOException {
        ClusterPlan plan = ClusterPlanTest.plan(4, "pi01", "10.0.0.0/24", OsRelease.BOOKWORM);
        Path out = tmp.resolve("bundle");
        List<BundleFile> written = BundleWriter.write(plan, out, false);
        assertEquals(written.size(), filesIn(out).size());
        for (String f : List.of("README.md", "slurm.conf", "cgroup.conf", "hosts", "exports", "fstab", "cluster.env",
                "bootstrap/head.sh", "bootstrap/node.sh", "bootstrap/lib.sh", "bootstrap/copy-munge-key.sh",
                "sbatch/backtest.sbatch", "sbatch/sweep.sbatch", "boot/pi01/custom.toml", "boot/pi04/custom.toml")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.getPosixFilePermissions(out.resolve("bootstrap/head.sh"))
                .contains(PosixFilePermission.OWNER_EXECUTE));
        assertFalse(Files.getPosixFilePermissions(out.resolve("slurm.conf"))
                .contains(PosixFilePermission.OWNER_EXECUTE));
        String hosts = Files.readString(out.resolve("hosts"));
        assertTrue(hosts.contains("10.0.0.14\tpi04"), hosts);
        assertTrue(Files.readString(out.resolve("exports")).contains("/clusterfs 10.0.0.0/24("));
        assertTrue(Files.readString(out.resolve("fstab")).contains("pi01:/clusterfs /clusterfs nfs"));
        // No staging folder is left beside the bundle.
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(out), siblings.toList());
        }
    }

    @Test
    void theBundleHoldsNoPrivateKeyPasswordOrMungeKey() throws IOException {
        for (OsRelease os : OsRelease.values()) {
            Path out = tmp.resolve("bundle-" + os.id());
            BundleWriter.write(ClusterPlanTest.plan(6, "pi01", "10.0.0.0/24", os), out, false);
            assertEquals(List.of(), SecretScanner.scan(out), os.id());
            for (Path f : filesIn(out)) {
                String text = Files.readString(f);
                assertFalse(text.contains("PRIVATE KEY-----"), f.toString());
                assertFalse(text.matches("(?s).*\\$6\\$.*"), f + " holds a sha512-crypt hash");
                assertFalse(f.getFileName().toString().contains("munge.key"), f.toString());
            }
        }
    }

    @Test
    void theScannerFindsWhatMustNotBeThere() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("dirty"));
        Files.writeString(dir.resolve("notes.txt"), "key:\n" + TestKeys.PRIVATE_KEY_FILE);
        Files.writeString(dir.resolve("userconf.txt"), "pi:$6$abcdefgh$0123456789abcdef\n");
        Files.writeString(dir.resolve("custom.toml"), "[user]\npassword = \"secret\"\n");
        byte[] noise = new byte[1024];
        new java.util.Random(7).nextBytes(noise);
        Files.write(dir.resolve("cluster.key"), noise);
        Files.writeString(dir.resolve("munge.key"), "x");
        List<String> findings = SecretScanner.scan(dir);
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("notes.txt") && f.contains("private key")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("userconf.txt") && f.contains("hash")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("custom.toml") && f.contains("password")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("cluster.key") && f.contains("binary")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("munge.key")), findings.toString());
    }

    @Test
    void aNonEmptyTargetIsRefusedUnlessReplacing() throws IOException {
        ClusterPlan plan = ClusterPlanTest.plan(2, "pi01", "10.0.0.0/24", OsRelease.TRIXIE);
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("mine.txt"), "keep me");
        BundleException e = assertThrows(BundleException.class, () -> BundleWriter.write(plan, out, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertEquals("keep me", Files.readString(out.resolve("mine.txt")));
        BundleWriter.write(plan, out, true);
        assertFalse(Files.exists(out.resolve("mine.txt")));
        assertTrue(Files.exists(out.resolve("boot/pi02/user-data")));
    }
}
