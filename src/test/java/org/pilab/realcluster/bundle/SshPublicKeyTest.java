package org.pilab.realcluster.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pilab.realcluster.TestKeys;

class SshPublicKeyTest {

    @Test
    void readsAPublicKeyLineWithItsComment() {
        String line = TestKeys.ed25519PublicLine("me@laptop");
        SshPublicKey key = SshPublicKey.parse(line + "\n", "k.pub");
        assertEquals("ssh-ed25519", key.type());
        assertEquals("me@laptop", key.comment());
        assertEquals(line, key.line());
    }

    @Test
    void refusesAPrivateKeyAndSaysWhatToGiveInstead() {
        BundleException e = assertThrows(BundleException.class,
                () -> SshPublicKey.parse(TestKeys.PRIVATE_KEY_FILE, "id_ed25519"));
        assertTrue(e.getMessage().contains("PRIVATE key"), e.getMessage());
        assertTrue(e.getMessage().contains(".pub"), e.getMessage());
    }

    @Test
    void refusesAPemRsaPrivateKeyAndPuttyKeys() {
        assertThrows(BundleException.class, () -> SshPublicKey.parse(
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n", "id_rsa"));
        assertThrows(BundleException.class, () -> SshPublicKey.parse(
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n", "key.ppk"));
    }

    @Test
    void refusesABodyOfAnotherTypeOrNoKeyAtAll() {
        String line = TestKeys.ed25519PublicLine("");
        String mislabelled = line.replace("ssh-ed25519", "ssh-rsa");
        BundleException e = assertThrows(BundleException.class, () -> SshPublicKey.parse(mislabelled, "k.pub"));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        assertThrows(BundleException.class, () -> SshPublicKey.parse("", "k.pub"));
        assertThrows(BundleException.class, () -> SshPublicKey.parse("hello world", "k.pub"));
        assertThrows(BundleException.class, () -> SshPublicKey.parse("ssh-ed25519 !!!notbase64", "k.pub"));
    }

    @Test
    void refusesACommentThatCouldBreakTheFilesItGoesInto() {
        String line = TestKeys.ed25519PublicLine("a\"b");
        assertThrows(BundleException.class, () -> SshPublicKey.parse(line, "k.pub"));
    }
}
