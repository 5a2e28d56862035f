package org.pilab.node.coreutils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.pilab.node.fs.FsException;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/**
 * GNU md5sum / sha1sum / sha256sum / sha512sum: {@code HASH  NAME} per file (two spaces: text
 * mode), {@code -} for stdin, and {@code -c FILE} to check a list of such lines. Learners
 * compare these sums between nodes to prove a config file or key is the same everywhere.
 */
public final class ChecksumCommand implements Command {

    private final String tool;
    private final String algorithm;

    private ChecksumCommand(String tool, String algorithm) {
        this.tool = tool;
        this.algorithm = algorithm;
    }

    public static ChecksumCommand md5sum() {
        return new ChecksumCommand("md5sum", "MD5");
    }

    public static ChecksumCommand sha1sum() {
        return new ChecksumCommand("sha1sum", "SHA-1");
    }

    public static ChecksumCommand sha256sum() {
        return new ChecksumCommand("sha256sum", "SHA-256");
    }

    public static ChecksumCommand sha512sum() {
        return new ChecksumCommand("sha512sum", "SHA-512");
    }

    /** The lowercase hex digest of {@code text} as the file's bytes (UTF-8, how the lab stores files). */
    public String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    @Override
    public int run(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "bctw", "", Set.of("check", "binary", "text", "quiet", "status", "tag"));
        if (!f.ok()) {
            return FileCommands.usage(inv, f, tool);
        }
        if (f.has('c') || f.hasLong("check")) {
            return check(inv, f.operands(), f.hasLong("quiet"), f.hasLong("status"));
        }
        boolean binary = f.has('b') || f.hasLong("binary");
        int[] status = {0};
        for (TextCommands.Input in : TextCommands.inputs(inv, tool, f.operands(), status)) {
            if (f.hasLong("tag")) {
                inv.out().println(tagName() + " (" + in.name() + ") = " + digest(in.text()));
            } else {
                inv.out().println(digest(in.text()) + (binary ? " *" : "  ") + in.name());
            }
        }
        return status[0];
    }

    /** BSD-style tag: MD5, SHA1, SHA256, SHA512. */
    private String tagName() {
        return algorithm.replace("-", "");
    }

    private int check(Invocation inv, List<String> operands, boolean quiet, boolean statusOnly) {
        int[] status = {0};
        int failed = 0;
        int unreadable = 0;
        for (TextCommands.Input list : TextCommands.inputs(inv, tool, operands, status)) {
            int lineNo = 0;
            int proper = 0;
            for (String line : TextCommands.lines(list.text())) {
                lineNo++;
                int sep = line.indexOf(' ');
                if (sep <= 0 || line.length() < sep + 2) {
                    continue;
                }
                String want = line.substring(0, sep).toLowerCase();
                String name = line.substring(sep + 2);
                proper++;
                String got;
                try {
                    got = digest(name.equals("-") ? inv.stdin() : inv.fs().read(inv.abs(name), inv.creds()));
                } catch (FsException e) {
                    if (!statusOnly) {
                        inv.err().println(tool + ": " + name + ": " + e.reason());
                        inv.out().println(name + ": FAILED open or read");
                    }
                    unreadable++;
                    continue;
                }
                boolean ok = got.equals(want);
                if (!ok) {
                    failed++;
                }
                if (!statusOnly && (!ok || !quiet)) {
                    inv.out().println(name + ": " + (ok ? "OK" : "FAILED"));
                }
            }
            if (proper == 0) {
                inv.err().println(tool + ": " + list.name() + ": no properly formatted checksum lines found");
                status[0] = 1;
            }
        }
        if (!statusOnly && unreadable > 0) {
            inv.err().println(tool + ": WARNING: " + unreadable + " listed file" + (unreadable == 1 ? " could" : "s could")
                    + " not be read");
        }
        if (!statusOnly && failed > 0) {
            inv.err().println(tool + ": WARNING: " + failed + " computed checksum" + (failed == 1 ? " did" : "s did")
                    + " NOT match");
        }
        return failed > 0 || unreadable > 0 ? 1 : status[0];
    }
}
