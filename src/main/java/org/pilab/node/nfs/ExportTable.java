package org.pilab.node.nfs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.pilab.node.Host;

/**
 * The kernel's export table on an NFS server: loaded from /etc/exports when nfs-server starts
 * or on {@code exportfs -ra}; editing the file alone changes nothing.
 */
public final class ExportTable {

    private final List<Export> exports = new ArrayList<>();

    public List<Export> exports() {
        return List.copyOf(exports);
    }

    public Optional<Export> find(String path) {
        return exports.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /**
     * Re-reads /etc/exports, returning exportfs's warnings and errors (missing directory, no
     * subtree_check choice) for the caller to print.
     */
    public List<String> reload(Host host) {
        exports.clear();
        List<String> messages = new ArrayList<>();
        String[] lines = host.fs().readOr("/etc/exports", "").split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].contains("#") ? lines[n].substring(0, lines[n].indexOf('#')) : lines[n];
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            String path = f[0];
            List<Export.Client> clients = new ArrayList<>();
            for (int i = 1; i < f.length; i++) {
                String c = f[i];
                int paren = c.indexOf('(');
                String spec = paren < 0 ? c : c.substring(0, paren);
                List<String> opts = paren < 0 ? List.of("ro") : Arrays.asList(c.substring(paren + 1, c.length() - 1).split(","));
                if (!opts.contains("subtree_check") && !opts.contains("no_subtree_check")) {
                    messages.add("exportfs: /etc/exports [" + (n + 1) + "]: Neither 'subtree_check' or 'no_subtree_check' "
                            + "specified for export \"" + spec + ":" + path + "\".\n  Assuming default behaviour "
                            + "('no_subtree_check').\n  NOTE: this default has changed since nfs-utils version 1.0.x\n");
                }
                clients.add(new Export.Client(spec, opts));
            }
            if (!host.fs().isDirectory(path)) {
                messages.add("exportfs: Failed to stat " + path + ": No such file or directory");
                continue;
            }
            exports.add(new Export(path, clients));
        }
        return messages;
    }
}
