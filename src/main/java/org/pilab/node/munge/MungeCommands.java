package org.pilab.node.munge;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.account.Account;
import org.pilab.node.fs.FsException;
import org.pilab.node.shell.Invocation;

/** munge, unmunge and mungekey as the munge package's tools behave. */
public final class MungeCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private MungeCommands() {
    }

    public static int munge(Invocation inv) {
        List<String> a = inv.args();
        String payload = "";
        if (a.contains("-s") && a.indexOf("-s") + 1 < a.size()) {
            payload = a.get(a.indexOf("-s") + 1);
        } else if (!a.contains("-n") && !a.contains("--no-input")) {
            payload = inv.stdin();
        }
        Account me = inv.host().accounts().user(inv.user()).orElseThrow();
        Optional<MungeCredential> c = MungeService.encode(inv.host(), me.uid(), me.gid(), payload);
        if (c.isEmpty()) {
            inv.err().println("munge: Error: Failed to access \"" + MungeDaemon.SOCKET + "\": No such file or directory");
            return 6;
        }
        inv.out().println(c.get().encode());
        return 0;
    }

    public static int unmunge(Invocation inv) {
        String text = inv.stdin();
        List<String> a = inv.args();
        if (a.contains("-i") && a.indexOf("-i") + 1 < a.size()) {
            try {
                text = inv.fs().read(inv.abs(a.get(a.indexOf("-i") + 1)), inv.creds());
            } catch (FsException e) {
                inv.err().println("unmunge: Error: Failed to open \"" + a.get(a.indexOf("-i") + 1) + "\": " + e.reason());
                return 2;
            }
        }
        MungeService.Decoded d = MungeService.decode(inv.host(), text);
        switch (d.status()) {
            case SOCKET -> {
                inv.err().println("unmunge: Error: Failed to access \"" + MungeDaemon.SOCKET + "\": No such file or directory");
                return 6;
            }
            case BAD_CRED, CRED_INVALID -> {
                inv.err().println("unmunge: Error: " + d.status().text());
                return d.status().code();
            }
            default -> {
                print(inv, d);
                return d.status().code();
            }
        }
    }

    private static void print(Invocation inv, MungeService.Decoded d) {
        Host h = inv.host();
        MungeCredential c = d.credential();
        long decodeTime = Math.floorDiv(h.clockMillis(), 1000);
        String encodeHost = reverse(h, c.originAddress());
        inv.out().println(field("STATUS:", d.status().text() + " (" + d.status().code() + ")"));
        inv.out().println(field("ENCODE_HOST:", encodeHost + " (" + c.originAddress() + ")"));
        inv.out().println(field("ENCODE_TIME:", TIME.format(Instant.ofEpochSecond(c.encodeTimeSeconds())) + " (" + c.encodeTimeSeconds() + ")"));
        inv.out().println(field("DECODE_TIME:", TIME.format(Instant.ofEpochSecond(decodeTime)) + " (" + decodeTime + ")"));
        inv.out().println(field("TTL:", Integer.toString(c.ttl())));
        inv.out().println(field("CIPHER:", "aes128 (4)"));
        inv.out().println(field("MAC:", "sha256 (5)"));
        inv.out().println(field("ZIP:", "none (0)"));
        inv.out().println(field("UID:", h.accounts().userById(c.uid()).map(Account::name).orElse("???") + " (" + c.uid() + ")"));
        inv.out().println(field("GID:", h.accounts().groupById(c.gid()).map(g -> g.name()).orElse("???") + " (" + c.gid() + ")"));
        inv.out().println(field("LENGTH:", Integer.toString(c.payload().length())));
        inv.out().println();
        if (!c.payload().isEmpty()) {
            inv.out().print(c.payload());
        }
    }

    private static String field(String name, String value) {
        return String.format(Locale.ROOT, "%-17s%s", name, value);
    }

    /** The name the decoding host has for an address (/etc/hosts), "???" when none. */
    private static String reverse(Host h, String address) {
        if (h.addresses().contains(address)) {
            return h.hostname();
        }
        for (String line : h.fs().readOr("/etc/hosts", "").split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 2 && f[0].equals(address)) {
                return f[1];
            }
        }
        return "???";
    }

    /** mungekey -c [-f] [-v] [-k file]: a new 1024-bit key owned by the caller, mode 0600. */
    public static int mungekey(Invocation inv) {
        List<String> a = inv.args();
        boolean create = a.isEmpty() || a.contains("-c") || a.contains("--create");
        if (!create) {
            inv.err().println("mungekey: Error: Unrecognized option");
            return 1;
        }
        String file = a.contains("-k") && a.indexOf("-k") + 1 < a.size() ? inv.abs(a.get(a.indexOf("-k") + 1)) : MungeDaemon.KEY;
        boolean force = a.contains("-f") || a.contains("--force");
        try {
            if (inv.fs().exists(file) && !force) {
                inv.err().println("mungekey: Error: Failed to create \"" + file + "\": File exists");
                return 1;
            }
            if (inv.fs().exists(file)) {
                inv.fs().remove(file, inv.creds(), false);
            }
            byte[] key = new byte[128];
            inv.host().random("mungekey").nextBytes(key);
            inv.fs().write(file, Base64.getEncoder().encodeToString(key) + "\n", inv.creds(), 0600);
            inv.fs().chmod(file, 0600, inv.creds());
        } catch (FsException e) {
            inv.err().println("mungekey: Error: Failed to create \"" + file + "\": " + e.reason());
            return 1;
        }
        if (a.contains("-v") || a.contains("--verbose")) {
            inv.err().println("mungekey: Info: Created \"" + file + "\" with 1024-bit key");
        }
        return 0;
    }
}
