package org.pilab.node.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.SplittableRandom;

import org.pilab.node.Host;

/**
 * Ed25519 key pairs for the lab. The public line has the real OpenSSH wire format
 * ({@code ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI...}) over 32 seeded random bytes; the "private
 * key" file is a marked placeholder that no real tool accepts: no real secret is ever made.
 */
public final class SshKeys {

    /** A generated pair: the public line, the placeholder private file and the SHA256 fingerprint. */
    public record KeyPair(String publicLine, String privateFile, String fingerprint) {
    }

    private SshKeys() {
    }

    public static KeyPair generate(SplittableRandom random, String comment) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] blob = blob(key);
        String b64 = Base64.getEncoder().encodeToString(blob);
        String publicLine = "ssh-ed25519 " + b64 + (comment.isEmpty() ? "" : " " + comment);
        String privateFile = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                + wrap(Base64.getEncoder().encodeToString(("pilab simulated key, not a real private key: " + b64)
                        .getBytes(StandardCharsets.UTF_8)))
                + "-----END OPENSSH PRIVATE KEY-----\n";
        return new KeyPair(publicLine, privateFile, fingerprint(b64));
    }

    /** {@code SHA256:...} of a base64 key blob, as ssh-keygen -l prints it. */
    public static String fingerprint(String base64Blob) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64Blob));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException | IllegalArgumentException e) {
            return "SHA256:?";
        }
    }

    /** The key material of a public line (type and base64), without the comment. */
    public static String material(String publicLine) {
        String[] f = publicLine.strip().split("\\s+");
        return f.length >= 2 ? f[0] + " " + f[1] : publicLine.strip();
    }

    /** sshd's host keys, made on first boot. */
    public static void generateHostKeys(Host host) {
        KeyPair kp = generate(host.random("ssh-host-key"), "root@" + host.hostname());
        host.fs().install("/etc/ssh/ssh_host_ed25519_key", kp.privateFile(), 0, 0, 0600);
        host.fs().install("/etc/ssh/ssh_host_ed25519_key.pub", kp.publicLine() + "\n", 0, 0, 0644);
    }

    /** The host's public host key line, or empty text before it has one. */
    public static String hostKey(Host host) {
        return material(host.fs().readOr("/etc/ssh/ssh_host_ed25519_key.pub", ""));
    }

    private static byte[] blob(byte[] key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        writeString(out, type);
        writeString(out, key);
        return out.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, byte[] s) {
        out.write((s.length >>> 24) & 255);
        out.write((s.length >>> 16) & 255);
        out.write((s.length >>> 8) & 255);
        out.write(s.length & 255);
        out.write(s, 0, s.length);
    }

    private static String wrap(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += 70) {
            sb.append(s, i, Math.min(s.length(), i + 70)).append('\n');
        }
        return sb.toString();
    }
}
