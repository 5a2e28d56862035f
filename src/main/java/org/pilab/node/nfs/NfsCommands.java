package org.pilab.node.nfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.fs.Mount;
import org.pilab.node.shell.Invocation;

/** exportfs, mount, umount and df: the NFS side of the cluster build. */
public final class NfsCommands {

    private NfsCommands() {
    }

    public static int exportfs(Invocation inv) {
        Host h = inv.host();
        if (!inv.session().isRoot()) {
            inv.err().println("exportfs: could not open /var/lib/nfs/.etab.lock for locking: errno 13 (Permission denied)");
            return 1;
        }
        List<String> a = inv.args();
        ExportTable table = h.attachment(ExportTable.class, ExportTable::new);
        boolean reload = a.stream().anyMatch(x -> x.startsWith("-") && (x.contains("r") || x.contains("a")));
        if (reload) {
            table.reload(h).forEach(m -> inv.err().println(m.stripTrailing()));
        }
        if (a.isEmpty() || a.stream().anyMatch(x -> x.startsWith("-") && x.contains("v"))) {
            for (Export e : table.exports()) {
                for (Export.Client c : e.clients()) {
                    List<String> opts = new ArrayList<>(List.of("sync", "wdelay", "hide", "no_subtree_check", "sec=sys"));
                    opts.add(c.readOnly() ? "ro" : "rw");
                    opts.add("secure");
                    opts.add(c.rootSquash() ? "root_squash" : "no_root_squash");
                    opts.add("no_all_squash");
                    if (a.isEmpty()) {
                        inv.out().println(String.format(Locale.ROOT, "%-15s%s", e.path(), c.spec()));
                    } else {
                        inv.out().println(e.path() + (e.path().length() < 15 ? " ".repeat(15 - e.path().length()) : " ")
                                + "\t" + c.spec() + "(" + String.join(",", opts) + ")");
                    }
                }
            }
        }
        return 0;
    }

    public static int mount(Invocation inv) {
        Host h = inv.host();
        List<String> a = new ArrayList<>(inv.args());
        if (a.isEmpty()) {
            for (String[] row : mountRows(h)) {
                inv.out().println(row[0] + " on " + row[1] + " type " + row[2] + " (" + row[3] + ")");
            }
            return 0;
        }
        if (!inv.session().isRoot()) {
            String target = a.get(a.size() - 1);
            inv.err().println("mount: " + (target.startsWith("-") ? "only root can use \"--all\" option" : target
                    + ": must be superuser to use mount."));
            return 32;
        }
        if (a.contains("-a")) {
            NfsMounts.mountFstab(h);
            return 0;
        }
        int t = a.indexOf("-t");
        String type = null;
        if (t >= 0 && t + 1 < a.size()) {
            type = a.get(t + 1);
            a.remove(t + 1);
            a.remove(t);
        }
        int o = a.indexOf("-o");
        if (o >= 0 && o + 1 < a.size()) {
            a.remove(o + 1);
            a.remove(o);
        }
        String source;
        String point;
        if (a.size() == 1) {
            Optional<String[]> fstab = fstabEntry(h, a.get(0));
            if (fstab.isEmpty()) {
                inv.err().println("mount: " + a.get(0) + ": can't find in /etc/fstab.");
                return 1;
            }
            source = fstab.get()[0];
            point = fstab.get()[1];
            type = fstab.get()[2];
        } else if (a.size() == 2) {
            source = a.get(0);
            point = inv.abs(a.get(1));
        } else {
            inv.err().println("mount: bad usage");
            inv.err().println("Try 'mount --help' for more information.");
            return 1;
        }
        if (type != null && !type.startsWith("nfs")) {
            inv.err().println("mount: " + point + ": unknown filesystem type '" + type + "'.");
            return 32;
        }
        if (!source.contains(":")) {
            inv.err().println("mount: " + point + ": special device " + source + " does not exist.");
            return 32;
        }
        if (h.fs().mountAt(point).isPresent()) {
            inv.err().println("mount.nfs: " + source + " is busy or already mounted on " + point);
            return 32;
        }
        Optional<String> err = NfsMounts.mount(h, source, point);
        if (err.isPresent()) {
            inv.err().println(err.get());
            return 32;
        }
        return 0;
    }

    private static Optional<String[]> fstabEntry(Host h, String key) {
        for (String line : h.fs().readOr("/etc/fstab", "").split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 3 && !f[0].startsWith("#") && (f[1].equals(key) || f[0].equals(key))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public static int umount(Invocation inv) {
        if (inv.args().isEmpty()) {
            inv.err().println("umount: bad usage");
            return 1;
        }
        String point = inv.abs(inv.args().get(inv.args().size() - 1));
        if (!inv.session().isRoot()) {
            inv.err().println("umount: " + point + ": must be superuser to unmount.");
            return 32;
        }
        if (inv.host().fs().unmount(point).isEmpty()) {
            inv.err().println("umount: " + point + ": not mounted.");
            return 32;
        }
        return 0;
    }

    private static List<String[]> mountRows(Host h) {
        List<String[]> rows = new ArrayList<>();
        boolean pi = h.hardware().isRaspberryPi();
        rows.add(new String[] {pi ? "/dev/mmcblk0p2" : "/dev/nvme0n1p2", "/", "ext4", "rw,noatime"});
        rows.add(new String[] {"proc", "/proc", "proc", "rw,relatime"});
        rows.add(new String[] {"tmpfs", "/run", "tmpfs", "rw,nosuid,nodev,noexec,relatime,size=389128k,mode=755"});
        if (pi) {
            rows.add(new String[] {"/dev/mmcblk0p1", "/boot/firmware", "vfat",
                    "rw,relatime,fmask=0022,dmask=0022,codepage=437,iocharset=ascii,shortname=mixed,errors=remount-ro"});
        }
        for (Mount m : h.fs().mounts()) {
            rows.add(new String[] {m.source(), m.mountPoint(), m.fsType(), m.options()});
        }
        return rows;
    }

    public static int df(Invocation inv) {
        Host h = inv.host();
        boolean pi = h.hardware().isRaspberryPi();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"udev", "1.7G", "0", "1.7G", "0%", "/dev"});
        rows.add(new String[] {"tmpfs", "380M", "1.2M", "379M", "1%", "/run"});
        rows.add(new String[] {pi ? "/dev/mmcblk0p2" : "/dev/nvme0n1p2", pi ? "29G" : "468G", pi ? "2.3G" : "61G",
                pi ? "25G" : "384G", pi ? "9%" : "14%", "/"});
        rows.add(new String[] {"tmpfs", "1.9G", "0", "1.9G", "0%", "/dev/shm"});
        rows.add(new String[] {"tmpfs", "5.0M", "48K", "5.0M", "1%", "/run/lock"});
        if (pi) {
            rows.add(new String[] {"/dev/mmcblk0p1", "510M", "75M", "436M", "15%", "/boot/firmware"});
        }
        for (Mount m : h.fs().mounts()) {
            rows.add(new String[] {m.source(), "29G", "2.3G", "25G", "9%", m.mountPoint()});
        }
        List<String> filter = inv.args().stream().filter(x -> !x.startsWith("-")).map(inv::abs).toList();
        int w = "Filesystem".length();
        for (String[] r : rows) {
            w = Math.max(w, r[0].length());
        }
        inv.out().println(String.format(Locale.ROOT, "%-" + w + "s  Size  Used Avail Use%% Mounted on", "Filesystem"));
        for (String[] r : rows) {
            if (!filter.isEmpty() && filter.stream().noneMatch(f -> f.equals(r[5]) || f.startsWith(r[5] + "/"))) {
                continue;
            }
            inv.out().println(String.format(Locale.ROOT, "%-" + w + "s %5s %5s %5s %4s %s", r[0], r[1], r[2], r[3], r[4], r[5]));
        }
        return 0;
    }
}
