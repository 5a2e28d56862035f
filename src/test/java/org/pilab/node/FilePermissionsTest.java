package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class FilePermissionsTest {

    private Session sh;

    @BeforeEach
    void setUp() {
        sh = LabFixture.laptopSession(LabFixture.network());
    }

    @Test
    void writingEtcNeedsSudoAndRedirectionStaysWithTheUser() {
        ShellResult denied = sh.run("echo '10.0.0.11 pi01' >> /etc/hosts");
        assertEquals("bash: /etc/hosts: Permission denied\n", denied.output());
        assertEquals(1, denied.status());
        // the classic mistake: sudo does not apply to the redirection
        assertEquals("bash: /etc/hosts: Permission denied\n", sh.run("sudo echo '10.0.0.11 pi01' >> /etc/hosts").output());
        ShellResult ok = sh.run("echo '10.0.0.11 pi01' | sudo tee -a /etc/hosts");
        assertEquals("10.0.0.11 pi01\n", ok.output());
        assertTrue(sh.run("cat /etc/hosts").output().endsWith("10.0.0.11 pi01\n"));
    }

    @Test
    void modeBitsDecideReadsAndChmodChownNeedOwnership() {
        sh.run("echo secret > key && chmod 400 key");
        assertTrue(sh.run("ls -l key").output().startsWith("-r-------- 1 learner learner 7 Nov 25 17:00 key"), sh.run("ls -l key").output());
        assertEquals("chown: changing ownership of 'key': Operation not permitted\n", sh.run("chown root:root key").output());
        sh.run("sudo chown root:root key");
        assertEquals("cat: key: Permission denied\n", sh.run("cat key").output());
        assertEquals("secret\n", sh.run("sudo cat key").output());
        assertEquals("chmod: changing permissions of 'key': Operation not permitted\n", sh.run("chmod 644 key").output());
    }

    @Test
    void symbolicChmod() {
        sh.run("touch run.sh && chmod u+x,go-r run.sh");
        assertTrue(sh.run("ls -l run.sh").output().startsWith("-rwx------ "));
    }

    @Test
    void mkdirUnderRootOwnedDirectoryIsRefused() {
        assertEquals("mkdir: cannot create directory \u2018/clusterfs\u2019: Permission denied\n", sh.run("mkdir /clusterfs").output());
        assertEquals(0, sh.run("sudo mkdir /clusterfs").status());
    }

    @Test
    void sha512CryptMatchesOpenssl() {
        // openssl passwd -6 -salt saltsalt raspberry
        assertEquals("$6$saltsalt$677q0O/U8ycKsbBfN68CgcyXcWEbi0J/eUf256PkkeGXfNX3CNnPlwFdNvdBgnSiHDx5X1Xozxf5lg9iVIVVu/",
                Sha512Crypt.hash("raspberry", "saltsalt"));
        assertTrue(Sha512Crypt.matches("raspberry", Sha512Crypt.hash("raspberry", "abc")));
    }

    @Test
    void sha512CryptHandlesLongPasswordsAndSixteenCharSalts() {
        // openssl passwd -6 -salt abcdefghijklmnop "a much longer password that goes beyond sixty-four bytes in total length!!"
        assertEquals("$6$abcdefghijklmnop$xXA2sLy1BGkgdZXpgQGDDdxRKKxUm44g.eyzhMz3twgQQy9TJvtIGaCQmqhdXfIsRiGBCy6MhY4D/MNd0dS4E1",
                Sha512Crypt.hash("a much longer password that goes beyond sixty-four bytes in total length!!", "abcdefghijklmnop"));
    }
}
