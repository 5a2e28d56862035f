package org.pilab.node.munge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.pilab.node.Host;
import org.pilab.node.fs.FileStat;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;

/**
 * munged: starts only with a key that exists, belongs to user munge and is not readable by
 * group or others; it loads the key at start, so a key copied later needs a restart (the
 * classic "copied the key but forgot to restart munge" failure).
 */
public final class MungeDaemon implements ServiceBehaviour {

    public static final String KEY = "/etc/munge/munge.key";
    public static final String SOCKET = "/run/munge/munge.socket.2";

    /** The running daemon's state on a host. */
    public static final class State {
        private final String keyFingerprint;
        private final Set<String> replayCache = new HashSet<>();

        State(String keyFingerprint) {
            this.keyFingerprint = keyFingerprint;
        }

        public String keyFingerprint() {
            return keyFingerprint;
        }

        /** Returns false if this credential was decoded here before. */
        boolean remember(String credential) {
            return replayCache.add(credential);
        }
    }

    /** The running munged on {@code host}, if any. */
    public static Optional<State> running(Host host) {
        if (!host.isUp() || !host.services().isActive("munge")) {
            return Optional.empty();
        }
        return host.attachment(State.class);
    }

    @Override
    public StartDecision start(ServiceContext ctx) {
        Host host = ctx.host();
        Optional<FileStat> key = host.fs().statIfExists(KEY);
        int mungeUid = host.accounts().user("munge").map(a -> a.uid()).orElse(-1);
        String error = null;
        if (key.isEmpty()) {
            error = "munged: Error: Failed to check keyfile \"" + KEY + "\": No such file or directory";
        } else if (key.get().uid() != mungeUid) {
            error = "munged: Error: Keyfile is insecure: \"" + KEY + "\" should be owned by UID " + mungeUid;
        } else if ((key.get().mode() & 0077) != 0) {
            error = "munged: Error: Keyfile is insecure: \"" + KEY + "\" should not be readable or writable by group or world";
        }
        if (error != null) {
            ctx.log(error);
            log(host, "Error:     " + error.substring("munged: Error: ".length()));
            return StartDecision.exits(1);
        }
        String fingerprint = fingerprint(host.fs().read(KEY));
        host.removeAttachment(State.class);
        host.attachment(State.class, () -> new State(fingerprint));
        host.fs().installDir("/run/munge", mungeUid, mungeUid, 0755);
        host.fs().install(SOCKET, "", mungeUid, mungeUid, 0777);
        host.fs().install("/run/munge/munged.pid", ctx.pid() + "\n", mungeUid, mungeUid, 0644);
        String address = host.addresses().isEmpty() ? "127.0.1.1" : host.addresses().get(0);
        log(host, "Notice:    Running on \"" + host.hostname() + "\" (" + address + ")");
        log(host, "Info:      PRNG seeded with 128 bytes from getrandom()");
        log(host, "Notice:    Starting munge-" + host.packages().installedVersion("munge").orElse("0.5.15").replaceAll("-.*", "")
                + " daemon (pid " + ctx.pid() + ")");
        return StartDecision.running();
    }

    @Override
    public void stop(ServiceContext ctx) {
        ctx.host().removeAttachment(State.class);
        for (String f : new String[] {SOCKET, "/run/munge/munged.pid"}) {
            if (ctx.host().fs().exists(f)) {
                ctx.host().fs().remove(f, FsCredentials.ROOT, false);
            }
        }
    }

    /** munged's own log file, /var/log/munge/munged.log. */
    private static void log(Host host, String line) {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000'", Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(host.clockMillis()));
        String path = "/var/log/munge/munged.log";
        if (!host.fs().exists(path)) {
            int uid = host.accounts().user("munge").map(a -> a.uid()).orElse(0);
            host.fs().install(path, "", uid, uid, 0640);
        }
        host.fs().append(path, stamp + " " + line + "\n", FsCredentials.ROOT);
    }

    static String fingerprint(String keyText) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(keyText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
