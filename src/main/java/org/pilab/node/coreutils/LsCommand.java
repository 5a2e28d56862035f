package org.pilab.node.coreutils;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pilab.node.fs.FileStat;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/** GNU ls: names, -l long format, -a hidden files, -d, -1; exit 2 when a name is missing. */
public final class LsCommand implements Command {

    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final long SIX_MONTHS = 182L * 24 * 3600 * 1000;

    @Override
    public int run(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "laAdh1tFR", "", Set.of("all", "color", "human-readable"));
        if (!f.ok()) {
            inv.err().println(f.error("ls"));
            inv.err().println("Try 'ls --help' for more information.");
            return 2;
        }
        boolean all = f.has('a') || f.hasLong("all");
        boolean almost = f.has('A');
        boolean longFormat = f.has('l');
        List<String> targets = f.operands().isEmpty() ? List.of(".") : f.operands();
        int status = 0;
        List<String> fileArgs = new ArrayList<>();
        List<String> dirArgs = new ArrayList<>();
        for (String t : targets) {
            try {
                FileStat st = inv.fs().stat(inv.abs(t), inv.creds());
                if (st.isDirectory() && !f.has('d')) {
                    dirArgs.add(t);
                } else {
                    fileArgs.add(t);
                }
            } catch (FsException e) {
                inv.err().println("ls: cannot access '" + t + "': " + e.reason());
                status = 2;
            }
        }
        if (!fileArgs.isEmpty()) {
            List<Entry> entries = new ArrayList<>();
            for (String t : fileArgs) {
                entries.add(new Entry(t, inv.fs().lstat(inv.abs(t), inv.creds())));
            }
            print(inv, entries, longFormat, f.has('h'), false);
        }
        boolean headers = targets.size() > 1;
        for (int i = 0; i < dirArgs.size(); i++) {
            String d = dirArgs.get(i);
            if (headers) {
                if (i > 0 || !fileArgs.isEmpty()) {
                    inv.out().println();
                }
                inv.out().println(d + ":");
            }
            String path = inv.abs(d);
            List<String> names;
            try {
                names = inv.fs().list(path, inv.creds());
            } catch (FsException e) {
                inv.err().println("ls: cannot open directory '" + d + "': " + e.reason());
                status = 2;
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            if (all) {
                entries.add(new Entry(".", inv.fs().stat(path, inv.creds())));
                entries.add(new Entry("..", inv.fs().stat(PathNames.parent(path), inv.creds())));
            }
            for (String n : names) {
                if (n.startsWith(".") && !all && !almost) {
                    continue;
                }
                try {
                    entries.add(new Entry(n, inv.fs().lstat(PathNames.join(path, n), inv.creds())));
                } catch (FsException e) {
                    entries.add(new Entry(n, null));
                }
            }
            print(inv, entries, longFormat, f.has('h'), true);
        }
        return status;
    }

    private record Entry(String name, FileStat stat) {
    }

    private void print(Invocation inv, List<Entry> entries, boolean longFormat, boolean human, boolean total) {
        if (!longFormat) {
            if (inv.out().isTerminal()) {
                if (!entries.isEmpty()) {
                    inv.out().println(String.join("  ", entries.stream().map(Entry::name).toList()));
                }
            } else {
                entries.forEach(e -> inv.out().println(e.name()));
            }
            return;
        }
        int linkW = 1;
        int userW = 1;
        int groupW = 1;
        int sizeW = 1;
        long blocks = 0;
        List<String[]> rows = new ArrayList<>();
        for (Entry e : entries) {
            FileStat s = e.stat();
            if (s == null) {
                rows.add(new String[] {"-?????????", "?", "?", "?", "?", "           ?", e.name()});
                continue;
            }
            String links = s.isDirectory() ? Integer.toString(2 + subdirs(inv, s)) : "1";
            String user = inv.host().accounts().userName(s.uid());
            String group = inv.host().accounts().groupName(s.gid());
            String size = human ? humanSize(s.size()) : Long.toString(s.size());
            long age = inv.host().clockMillis() - s.mtimeMillis();
            String date = (age > SIX_MONTHS || age < -3_600_000 ? OLD : RECENT).format(Instant.ofEpochMilli(s.mtimeMillis()));
            String name = s.type() == 'l' ? e.name() + " -> " + s.linkTarget() : e.name();
            blocks += s.type() == '-' ? ((s.size() + 4095) / 4096) * 4 : s.isDirectory() ? 4 : 0;
            rows.add(new String[] {s.modeString(), links, user, group, size, date, name});
            linkW = Math.max(linkW, links.length());
            userW = Math.max(userW, user.length());
            groupW = Math.max(groupW, group.length());
            sizeW = Math.max(sizeW, size.length());
        }
        if (total) {
            inv.out().println("total " + blocks);
        }
        for (String[] r : rows) {
            inv.out().println(r[0] + " " + pad(r[1], linkW, true) + " " + pad(r[2], userW, false) + " "
                    + pad(r[3], groupW, false) + " " + pad(r[4], sizeW, true) + " " + r[5] + " " + r[6]);
        }
    }

    /** A directory's link count is 2 plus its subdirectories (each one's ".." points back). */
    private static int subdirs(Invocation inv, FileStat dir) {
        String path = dir.path();
        int n = 0;
        for (String child : inv.fs().listOrEmpty(path)) {
            if (inv.fs().isDirectory(PathNames.join(path, child))) {
                n++;
            }
        }
        return n;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return Long.toString(bytes);
        }
        String[] units = {"K", "M", "G", "T"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return v < 10 ? String.format(Locale.ROOT, "%.1f%s", Math.ceil(v * 10) / 10, units[u])
                : String.format(Locale.ROOT, "%.0f%s", Math.ceil(v), units[u]);
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }
}
