package org.pilab.realcluster;

import java.util.Base64;

/** Test key material: a real-shaped public key line and private key armour (no real secret). */
public final class TestKeys {

    /** An ed25519 public key blob: "ssh-ed25519" and 32 key bytes, as OpenSSH encodes it. */
    public static String ed25519PublicLine(String comment) {
        byte[] type = "ssh-ed25519".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] blob = new byte[4 + type.length + 4 + 32];
        blob[3] = (byte) type.length;
        System.arraycopy(type, 0, blob, 4, type.length);
        blob[4 + type.length + 3] = 32;
        for (int i = 0; i < 32; i++) {
            blob[4 + type.length + 4 + i] = (byte) (i * 7 + 1);
        }
        return "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob) + (comment.isEmpty() ? "" : " " + comment);
    }

    /** What an OpenSSH private key file looks like (the body is made up). */
    public static final String PRIVATE_KEY_FILE = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
            + "-----END OPENSSH PRIVATE KEY-----\n";

    /** True when a real CI run is asked for: then missing tools fail tests instead of skipping them. */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private TestKeys() {
    }
}
