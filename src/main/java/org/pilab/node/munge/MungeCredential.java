package org.pilab.node.munge;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A MUNGE credential as the lab encodes it: {@code MUNGE:<base64>:}. It carries what a real
 * credential authenticates (encoding host and address, time, uid/gid, ttl, payload) plus the
 * fingerprint of the key that "encrypted" it, so only a daemon holding the same key decodes it.
 */
public record MungeCredential(String keyFingerprint, long encodeTimeSeconds, int uid, int gid, String originAddress,
                              int ttl, String payload, long nonce) {

    public static final String PREFIX = "MUNGE:";

    public String encode() {
        String body = String.join("\u0001", "v1", keyFingerprint, Long.toString(encodeTimeSeconds), Integer.toString(uid),
                Integer.toString(gid), originAddress, Integer.toString(ttl),
                Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)), Long.toHexString(nonce));
        return PREFIX + Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + ":";
    }

    /** Parses a credential; empty when it is not one this format produced. */
    public static Optional<MungeCredential> decode(String text) {
        String t = text.strip();
        if (!t.startsWith(PREFIX) || !t.endsWith(":") || t.length() <= PREFIX.length() + 1) {
            return Optional.empty();
        }
        try {
            String body = new String(Base64.getDecoder().decode(t.substring(PREFIX.length(), t.length() - 1)), StandardCharsets.UTF_8);
            String[] f = body.split("\u0001", -1);
            if (f.length != 9 || !f[0].equals("v1")) {
                return Optional.empty();
            }
            return Optional.of(new MungeCredential(f[1], Long.parseLong(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    f[5], Integer.parseInt(f[6]), new String(Base64.getDecoder().decode(f[7]), StandardCharsets.UTF_8),
                    Long.parseUnsignedLong(f[8], 16)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
