package org.pilab.realcluster.bundle;

import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * One OpenSSH public key line ({@code ssh-ed25519 AAAA... comment}). Reading refuses private
 * keys outright: a bundle is copied around and must never carry one.
 */
public record SshPublicKey(String type, String base64, String comment) {

    private static final Set<String> TYPES = Set.of("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
            "sk-ecdsa-sha2-nistp256@openssh.com");

    private static final java.util.regex.Pattern PRIVATE_ARMOUR =
            java.util.regex.Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----");

    public SshPublicKey {
        if (!TYPES.contains(type)) {
            throw new BundleException("'" + type + "' is not an SSH public key type");
        }
        if (!base64.matches("[A-Za-z0-9+/]+={0,2}")) {
            throw new BundleException("the key body is not base64");
        }
        if (comment.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '"' || c == '\\')) {
            throw new BundleException("the key comment has control characters, quotes or backslashes; edit the comment");
        }
    }

    /**
     * Parses the text of a {@code .pub} file.
     *
     * @param source names the file in messages
     */
    public static SshPublicKey parse(String text, String source) {
        if (looksPrivate(text)) {
            throw new BundleException(source + " is a PRIVATE key; give the public key instead (the file ending in .pub,"
                    + " e.g. ~/.ssh/id_ed25519.pub). Never copy a private key into a bundle.");
        }
        String line = text.strip();
        if (line.isEmpty()) {
            throw new BundleException(source + " is empty; make a key with: ssh-keygen -t ed25519");
        }
        if (line.contains("\n")) {
            throw new BundleException(source + " has more than one line; give a single public key (one .pub file)");
        }
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 2 || !TYPES.contains(parts[0])) {
            throw new BundleException(source + " is not an OpenSSH public key (expected a line like"
                    + " 'ssh-ed25519 AAAA... you@laptop'); make one with: ssh-keygen -t ed25519");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new BundleException(source + ": the key body is not valid base64; copy the whole .pub file");
        }
        if (!embeddedType(blob).equals(parts[0])) {
            throw new BundleException(source + ": the key body does not match its type " + parts[0]
                    + "; copy the whole .pub file unchanged");
        }
        try {
            return new SshPublicKey(parts[0], parts[1], parts.length > 2 ? parts[2].strip() : "");
        } catch (BundleException e) {
            throw new BundleException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * PEM/OpenSSH private key armour, an OpenSSH key body without its armour (base64 of
     * "openssh-key-v1"), or PuTTY's private key format.
     */
    static boolean looksPrivate(String text) {
        return PRIVATE_ARMOUR.matcher(text).find() || text.contains("b3BlbnNzaC1rZXktdjE")
                || text.toUpperCase(Locale.ROOT).contains("PUTTY-USER-KEY-FILE");
    }

    /** The key blob starts with its own type name (uint32 length + string). */
    private static String embeddedType(byte[] blob) {
        if (blob.length < 4) {
            return "";
        }
        int len = ((blob[0] & 255) << 24) | ((blob[1] & 255) << 16) | ((blob[2] & 255) << 8) | (blob[3] & 255);
        if (len <= 0 || len > blob.length - 4) {
            return "";
        }
        return new String(blob, 4, len, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The line as it goes into authorized_keys. */
    public String line() {
        return comment.isEmpty() ? type + " " + base64 : type + " " + base64 + " " + comment;
    }
}
