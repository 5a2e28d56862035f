package org.pilab.node.munge;

import java.util.Optional;

import org.pilab.node.Host;

/**
 * Encoding and decoding through a host's munged, with munge's error codes. The SLURM layer
 * uses this to decide whether slurmd and slurmctld can talk ("Munge decode failed: Invalid
 * credential" when keys differ, "Expired credential" / "Rewound credential" with skewed clocks).
 */
public final class MungeService {

    public static final int DEFAULT_TTL = 300;

    /** munge_err_t values the lab produces. */
    public enum Status {
        SUCCESS(0, "Success"), SOCKET(6, "Socket communication error"), BAD_CRED(8, "Bad credential format"),
        CRED_INVALID(14, "Invalid credential"), CRED_EXPIRED(15, "Expired credential"),
        CRED_REWOUND(16, "Rewound credential"), CRED_REPLAYED(17, "Replayed credential");

        private final int code;
        private final String text;

        Status(int code, String text) {
            this.code = code;
            this.text = text;
        }

        public int code() {
            return code;
        }

        public String text() {
            return text;
        }
    }

    /** A decode result: status, and the credential when its integrity checked out. */
    public record Decoded(Status status, MungeCredential credential) {
    }

    private MungeService() {
    }

    /** Encodes on {@code host} as uid/gid; empty when munged is not running there. */
    public static Optional<MungeCredential> encode(Host host, int uid, int gid, String payload) {
        Optional<MungeDaemon.State> d = MungeDaemon.running(host);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        String address = host.addresses().isEmpty() ? "127.0.1.1" : host.addresses().get(0);
        return Optional.of(new MungeCredential(d.get().keyFingerprint(), Math.floorDiv(host.clockMillis(), 1000), uid, gid,
                address, DEFAULT_TTL, payload, host.random("munge-nonce").nextLong()));
    }

    /** Decodes on {@code host}, checking key, time window (ttl both ways) and replay. */
    public static Decoded decode(Host host, String text) {
        Optional<MungeDaemon.State> d = MungeDaemon.running(host);
        if (d.isEmpty()) {
            return new Decoded(Status.SOCKET, null);
        }
        Optional<MungeCredential> c = MungeCredential.decode(text);
        if (c.isEmpty()) {
            return new Decoded(Status.BAD_CRED, null);
        }
        MungeCredential cred = c.get();
        if (!cred.keyFingerprint().equals(d.get().keyFingerprint())) {
            return new Decoded(Status.CRED_INVALID, null);
        }
        long now = Math.floorDiv(host.clockMillis(), 1000);
        if (now < cred.encodeTimeSeconds() - cred.ttl()) {
            return new Decoded(Status.CRED_REWOUND, cred);
        }
        if (now > cred.encodeTimeSeconds() + cred.ttl()) {
            return new Decoded(Status.CRED_EXPIRED, cred);
        }
        if (!d.get().remember(text.strip())) {
            return new Decoded(Status.CRED_REPLAYED, cred);
        }
        return new Decoded(Status.SUCCESS, cred);
    }
}
