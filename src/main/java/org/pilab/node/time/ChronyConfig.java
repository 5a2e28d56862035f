package org.pilab.node.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.pilab.node.fs.VirtualFileSystem;
import org.pilab.node.net.Ipv4;

/**
 * What chronyd reads at start: /etc/chrony/chrony.conf plus the files its {@code confdir}
 * (every {@code *.conf}, in name order), {@code sourcedir} ({@code *.sources}, source lines
 * only) and {@code include} directives name. Only the directives the lab acts on are kept:
 * time sources, who may ask this host for time, and {@code local stratum}.
 *
 * @param sources      {@code server}/{@code pool} lines in file order
 * @param access       {@code allow}/{@code deny} rules in file order (the last match wins, as in chronyd)
 * @param localStratum {@code local stratum N}: keep serving time at stratum N without a source
 */
public record ChronyConfig(List<Source> sources, List<AccessRule> access, OptionalInt localStratum) {

    public static final String MAIN = "/etc/chrony/chrony.conf";

    /** One {@code server NAME [iburst] [prefer]} or {@code pool NAME ...} line. */
    public record Source(boolean pool, String name, boolean iburst, boolean prefer) {
    }

    /** {@code allow [all|SUBNET]} or {@code deny [all|SUBNET]}; subnet null means every address. */
    public record AccessRule(boolean allow, String network, int prefix) {

        boolean covers(String address) {
            return network == null || Ipv4.sameSubnet(network, address, prefix);
        }
    }

    public ChronyConfig {
        sources = List.copyOf(sources);
        access = List.copyOf(access);
    }

    public static ChronyConfig read(VirtualFileSystem fs) {
        Builder b = new Builder();
        b.file(fs, MAIN, false);
        return new ChronyConfig(b.sources, b.access, b.localStratum);
    }

    /** Whether a client at {@code address} may ask this server (chronyd serves no one without an allow). */
    public boolean serves(String address) {
        boolean allowed = false;
        for (AccessRule r : access) {
            if (r.covers(address)) {
                allowed = r.allow();
            }
        }
        return allowed;
    }

    /** Collects directives while following confdir/sourcedir/include. */
    private static final class Builder {
        private final List<Source> sources = new ArrayList<>();
        private final List<AccessRule> access = new ArrayList<>();
        private OptionalInt localStratum = OptionalInt.empty();
        private int depth;

        void file(VirtualFileSystem fs, String path, boolean sourcesOnly) {
            if (depth > 10) {
                return; // chronyd refuses deeper include chains too
            }
            depth++;
            for (String raw : fs.readOr(path, "").split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("!") || line.startsWith(";")
                        || line.startsWith("%")) {
                    continue;
                }
                directive(fs, line.split("\\s+"), sourcesOnly);
            }
            depth--;
        }

        private void directive(VirtualFileSystem fs, String[] w, boolean sourcesOnly) {
            String key = w[0].toLowerCase(Locale.ROOT);
            if (sourcesOnly && !key.equals("server") && !key.equals("pool") && !key.equals("peer")) {
                return;
            }
            switch (key) {
                case "server", "pool" -> {
                    if (w.length >= 2) {
                        List<String> opts = List.of(w).subList(2, w.length);
                        sources.add(new Source(key.equals("pool"), w[1], opts.contains("iburst"), opts.contains("prefer")));
                    }
                }
                case "allow", "deny" -> access.add(rule(key.equals("allow"), w));
                case "local" -> {
                    int stratum = 10;
                    for (int i = 1; i + 1 < w.length; i++) {
                        if (w[i].equals("stratum") && w[i + 1].matches("\\d{1,2}")) {
                            stratum = Integer.parseInt(w[i + 1]);
                        }
                    }
                    localStratum = OptionalInt.of(stratum);
                }
                case "confdir" -> dirs(fs, w, ".conf", false);
                case "sourcedir" -> dirs(fs, w, ".sources", true);
                case "include" -> {
                    for (int i = 1; i < w.length; i++) {
                        glob(fs, w[i], false);
                    }
                }
                default -> {
                }
            }
        }

        private static AccessRule rule(boolean allow, String[] w) {
            String arg = w.length > 1 && !w[1].equals("all") ? w[1] : null;
            if (arg == null) {
                return new AccessRule(allow, null, 0);
            }
            String[] p = arg.split("/");
            if (!Ipv4.isAddress(p[0])) {
                return new AccessRule(allow, p[0], 32); // a host name: never matches an address here
            }
            int prefix = p.length > 1 && p[1].matches("\\d{1,2}") ? Integer.parseInt(p[1]) : 32;
            return new AccessRule(allow, p[0], prefix);
        }

        /** Like chronyd: the files of all the directories, by name, the first directory winning a name clash. */
        private void dirs(VirtualFileSystem fs, String[] w, String suffix, boolean sourcesOnly) {
            java.util.TreeMap<String, String> byName = new java.util.TreeMap<>();
            for (int i = 1; i < w.length; i++) {
                for (String name : fs.listOrEmpty(w[i])) {
                    if (name.endsWith(suffix)) {
                        byName.putIfAbsent(name, w[i] + "/" + name);
                    }
                }
            }
            byName.values().forEach(p -> file(fs, p, sourcesOnly));
        }

        /** {@code include /etc/chrony/extra/*.conf}: a * in the last path element. */
        private void glob(VirtualFileSystem fs, String pattern, boolean sourcesOnly) {
            int slash = pattern.lastIndexOf('/');
            String dir = slash <= 0 ? "/" : pattern.substring(0, slash);
            String leaf = pattern.substring(slash + 1);
            if (!leaf.contains("*")) {
                file(fs, pattern, sourcesOnly);
                return;
            }
            String regex = java.util.regex.Pattern.quote(leaf).replace("*", "\\E.*\\Q");
            fs.listOrEmpty(dir).stream().filter(n -> n.matches(regex)).sorted()
                    .forEach(n -> file(fs, dir + "/" + n, sourcesOnly));
        }
    }
}
