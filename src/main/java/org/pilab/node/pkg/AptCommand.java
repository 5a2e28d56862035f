package org.pilab.node.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.OsRelease;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.PromptResponder;

/**
 * apt and apt-get: update, install, remove/purge, list --installed, with apt's own lines.
 * Raspberry Pi OS images ship package lists, so {@code apt install} works before any
 * {@code apt update} (the lab allows it; a learner following a guide runs update first anyway).
 * Downloads need a working network (an address and the router); without one apt fails the
 * way it does offline.
 */
public final class AptCommand implements Command {

    private static final long DOWNLOAD_KB_PER_SECOND = 2_400;

    @Override
    public int run(Invocation inv) {
        List<String> args = new ArrayList<>();
        boolean yes = false;
        for (String a : inv.args()) {
            if (a.equals("-y") || a.equals("--yes") || a.equals("--assume-yes") || a.equals("-qq") || a.equals("-q")) {
                yes |= a.startsWith("-y") || a.contains("yes");
            } else {
                args.add(a);
            }
        }
        if (args.isEmpty()) {
            inv.out().println("apt 2.6.1 (arm64)");
            inv.out().println("Usage: apt [options] command");
            return 1;
        }
        String verb = args.get(0);
        List<String> names = args.subList(1, args.size());
        return switch (verb) {
            case "update" -> update(inv);
            case "install" -> install(inv, names, yes);
            case "remove", "purge", "autoremove" -> remove(inv, names, yes);
            case "list" -> list(inv);
            case "upgrade", "full-upgrade", "dist-upgrade" -> upgrade(inv);
            default -> {
                inv.err().println("E: Invalid operation " + verb);
                yield 100;
            }
        };
    }

    private static boolean online(Host host) {
        return !host.addresses().isEmpty();
    }

    private static String mirror(Host host) {
        if (host.os() == OsRelease.UBUNTU) {
            return host.hardware().isRaspberryPi() ? "http://ports.ubuntu.com/ubuntu-ports" : "http://archive.ubuntu.com/ubuntu";
        }
        return "http://deb.debian.org/debian";
    }

    private static boolean lockDenied(Invocation inv, String lock, String second) {
        if (inv.session().isRoot()) {
            return false;
        }
        inv.err().println("E: Could not open lock file " + lock + " - open (13: Permission denied)");
        inv.err().println(second);
        return true;
    }

    private int update(Invocation inv) {
        Host host = inv.host();
        if (!inv.session().isRoot()) {
            inv.out().println("Reading package lists... Done");
            lockDenied(inv, "/var/lib/apt/lists/lock", "E: Unable to lock directory /var/lib/apt/lists/");
            return 100;
        }
        String code = host.os().codename();
        String m = mirror(host);
        List<String> repos = host.os() == OsRelease.UBUNTU
                ? List.of(m + " " + code + " InRelease", m + " " + code + "-updates InRelease", m + " " + code + "-security InRelease")
                : List.of(m + " " + code + " InRelease", "http://deb.debian.org/debian-security " + code + "-security InRelease",
                        m + " " + code + "-updates InRelease", "http://archive.raspberrypi.com/debian " + code + " InRelease");
        if (!online(host)) {
            for (int i = 0; i < repos.size(); i++) {
                String hostName = repos.get(i).split("/")[2];
                inv.out().println("Ign:" + (i + 1) + " " + repos.get(i));
                inv.out().println("Err:" + (i + 1) + " " + repos.get(i));
                inv.out().println("  Temporary failure resolving '" + hostName + "'");
            }
            inv.out().println("Reading package lists... Done");
            for (String r : repos) {
                String[] p = r.split(" ");
                inv.err().println("W: Failed to fetch " + p[0] + "/dists/" + p[1] + "/InRelease  Temporary failure resolving '"
                        + p[0].split("/")[2] + "'");
            }
            inv.err().println("W: Some index files failed to download. They have been ignored, or old ones used instead.");
            return 0;
        }
        boolean fresh = host.packages().listsFresh();
        long fetched = 0;
        for (int i = 0; i < repos.size(); i++) {
            if (fresh || i == 0) {
                inv.out().println("Hit:" + (i + 1) + " " + repos.get(i));
            } else {
                long kb = 48 + i * 7L;
                fetched += kb;
                inv.out().println("Get:" + (i + 1) + " " + repos.get(i) + " [" + kb + ".0 kB]");
            }
        }
        long secs = Math.max(1, fetched / 100);
        inv.host().network().advance(secs * 1000);
        if (fetched > 0) {
            inv.out().println("Fetched " + size(fetched) + " in " + secs + "s (" + size(fetched / secs) + "/s)");
        }
        inv.out().println("Reading package lists... Done");
        inv.out().println("Building dependency tree... Done");
        inv.out().println("Reading state information... Done");
        inv.out().println("All packages are up to date.");
        host.packages().markListsFresh();
        return 0;
    }

    private int install(Invocation inv, List<String> names, boolean yes) {
        Host host = inv.host();
        if (lockDenied(inv, "/var/lib/dpkg/lock-frontend",
                "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?")) {
            return 100;
        }
        readingLists(inv);
        List<PackageSpec> plan;
        try {
            plan = host.packages().plan(names);
        } catch (IllegalArgumentException e) {
            inv.err().println("E: Unable to locate package " + e.getMessage());
            return 100;
        }
        for (String n : names) {
            if (host.packages().isInstalled(n)) {
                inv.out().println(n + " is already the newest version (" + host.packages().installedVersion(n).orElse("") + ").");
            }
        }
        if (plan.isEmpty()) {
            inv.out().println("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.");
            return 0;
        }
        List<String> extra = plan.stream().map(PackageSpec::name).filter(n -> !names.contains(n)).toList();
        List<String> removed = plan.stream().flatMap(p -> p.conflicts().stream()).filter(host.packages()::isInstalled).toList();
        long download = plan.stream().mapToLong(PackageSpec::downloadKb).sum();
        long installed = plan.stream().mapToLong(PackageSpec::installedKb).sum();
        if (host.os() == OsRelease.TRIXIE) {
            inv.out().println("Installing:");
            inv.out().println(wrap(names.stream().filter(n -> !host.packages().isInstalled(n)).toList()));
            if (!extra.isEmpty()) {
                inv.out().println();
                inv.out().println("Installing dependencies:");
                inv.out().println(wrap(extra));
            }
            if (!removed.isEmpty()) {
                inv.out().println();
                inv.out().println("REMOVING:");
                inv.out().println(wrap(removed));
            }
            inv.out().println();
            inv.out().println("Summary:");
            inv.out().println("  Upgrading: 0, Installing: " + plan.size() + ", Removing: " + removed.size() + ", Not Upgrading: 0");
            inv.out().println("  Download size: " + size(download));
            inv.out().println("  Space needed: " + size(installed) + " / 25.1 GB available");
        } else {
            if (!extra.isEmpty()) {
                inv.out().println("The following additional packages will be installed:");
                inv.out().println(wrap(extra));
            }
            if (!removed.isEmpty()) {
                inv.out().println("The following packages will be REMOVED:");
                inv.out().println(wrap(removed));
            }
            inv.out().println("The following NEW packages will be installed:");
            inv.out().println(wrap(plan.stream().map(PackageSpec::name).sorted().toList()));
            inv.out().println("0 upgraded, " + plan.size() + " newly installed, " + removed.size()
                    + " to remove and 0 not upgraded.");
            inv.out().println("Need to get " + size(download) + " of archives.");
            inv.out().println("After this operation, " + size(installed) + " of additional disk space will be used.");
        }
        if ((!extra.isEmpty() || !removed.isEmpty()) && !yes && !confirm(inv)) {
            return 1;
        }
        if (!online(host)) {
            for (int i = 0; i < plan.size(); i++) {
                inv.out().println("Ign:" + (i + 1) + " " + archive(host, plan.get(i)));
            }
            PackageSpec first = plan.get(0);
            inv.err().println("E: Failed to fetch " + mirror(host) + "/pool/main/" + first.name().charAt(0) + "/" + first.name()
                    + "/" + debName(first) + "  Temporary failure resolving '" + mirror(host).split("/")[2] + "'");
            inv.err().println("E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?");
            return 100;
        }
        for (int i = 0; i < plan.size(); i++) {
            PackageSpec p = plan.get(i);
            inv.out().println("Get:" + (i + 1) + " " + archive(host, p) + " [" + size(p.downloadKb()) + "]");
        }
        long secs = download / DOWNLOAD_KB_PER_SECOND;
        host.network().advance(Math.max(1, secs) * 1000 + 1500L * plan.size());
        inv.out().println("Fetched " + size(download) + " in " + secs + "s (" + size(download / Math.max(1, secs)) + "/s)");
        int db = 84211 + 37 * host.packages().installedSpecs().size();
        boolean firstUnpack = true;
        for (PackageSpec p : plan) {
            inv.out().println("Selecting previously unselected package " + display(p) + ".");
            if (firstUnpack) {
                inv.out().println("(Reading database ... " + db + " files and directories currently installed.)");
                firstUnpack = false;
            }
            inv.out().println("Preparing to unpack .../" + debName(p) + " ...");
            inv.out().println("Unpacking " + display(p) + " (" + p.version() + ") ...");
        }
        for (PackageSpec p : plan) {
            inv.out().println("Setting up " + display(p) + " (" + p.version() + ") ...");
            StringBuilder log = new StringBuilder();
            host.packages().install(p, log);
            // the maintainer scripts' lines come from systemctl and invoke-rc.d, which write to stderr
            inv.err().print(log);
        }
        inv.out().println("Processing triggers for man-db (" + (host.os() == OsRelease.TRIXIE ? "2.13.1-1" : "2.11.2-2") + ") ...");
        inv.out().println("Processing triggers for libc-bin (" + (host.os() == OsRelease.TRIXIE ? "2.41-12" : "2.36-9+rpt2+deb12u12")
                + ") ...");
        return 0;
    }

    private static boolean confirm(Invocation inv) {
        Optional<String> answer = inv.ask(PromptResponder.Kind.CONFIRM_YES_NO, "Do you want to continue? [Y/n] ");
        String a = answer.orElse("n").strip();
        if (a.isEmpty() || a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes")) {
            return true;
        }
        inv.out().println("Abort.");
        return false;
    }

    private int remove(Invocation inv, List<String> names, boolean yes) {
        Host host = inv.host();
        if (lockDenied(inv, "/var/lib/dpkg/lock-frontend",
                "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?")) {
            return 100;
        }
        readingLists(inv);
        List<String> present = new ArrayList<>();
        for (String n : names) {
            if (host.packages().catalog().find(n).isEmpty()) {
                inv.err().println("E: Unable to locate package " + n);
                return 100;
            }
            if (host.packages().isInstalled(n)) {
                present.add(n);
            } else {
                inv.out().println("Package '" + n + "' is not installed, so not removed");
            }
        }
        if (present.isEmpty()) {
            inv.out().println("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.");
            return 0;
        }
        inv.out().println("The following packages will be REMOVED:");
        inv.out().println(wrap(present));
        long freed = present.stream().map(n -> host.packages().catalog().find(n).orElseThrow())
                .mapToLong(PackageSpec::installedKb).sum();
        inv.out().println("0 upgraded, 0 newly installed, " + present.size() + " to remove and 0 not upgraded.");
        inv.out().println("After this operation, " + size(freed) + " disk space will be freed.");
        if (!yes && !confirm(inv)) {
            return 1;
        }
        inv.out().println("(Reading database ... " + (84211 + 37 * host.packages().installedSpecs().size())
                + " files and directories currently installed.)");
        for (String n : present) {
            inv.out().println("Removing " + n + " (" + host.packages().installedVersion(n).orElse("") + ") ...");
            host.packages().remove(n);
        }
        inv.out().println("Processing triggers for man-db (2.11.2-2) ...");
        return 0;
    }

    private int list(Invocation inv) {
        inv.out().println("Listing... Done");
        for (PackageSpec p : inv.host().packages().installedSpecs()) {
            inv.out().println(p.name() + "/" + inv.host().os().codename() + ",now " + p.version() + " " + p.arch() + " [installed]");
        }
        return 0;
    }

    private int upgrade(Invocation inv) {
        if (lockDenied(inv, "/var/lib/dpkg/lock-frontend",
                "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?")) {
            return 100;
        }
        readingLists(inv);
        inv.out().println("Calculating upgrade... Done");
        inv.out().println("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.");
        return 0;
    }

    private static void readingLists(Invocation inv) {
        inv.out().println("Reading package lists... Done");
        inv.out().println("Building dependency tree... Done");
        inv.out().println("Reading state information... Done");
    }

    private static String archive(Host host, PackageSpec p) {
        String component = host.os() == OsRelease.UBUNTU ? "universe" : "main";
        return mirror(host) + " " + host.os().codename() + "/" + component + " " + p.arch() + " " + p.name() + " " + p.arch()
                + " " + p.version();
    }

    private static String debName(PackageSpec p) {
        return p.name() + "_" + p.version().replace(":", "%3a") + "_" + p.arch() + ".deb";
    }

    private static String display(PackageSpec p) {
        return p.name().startsWith("lib") ? p.name() + ":" + p.arch() : p.name();
    }

    /** apt's size text: "107 kB", "12.3 MB". */
    static String size(long kb) {
        if (kb < 1000) {
            return kb + " kB";
        }
        double mb = kb / 1000.0;
        if (mb < 10) {
            return String.format(Locale.ROOT, "%.2f MB", mb);
        }
        return mb < 100 ? String.format(Locale.ROOT, "%.1f MB", mb) : String.format(Locale.ROOT, "%.0f MB", mb);
    }

    private static String wrap(List<String> names) {
        StringBuilder sb = new StringBuilder("  ");
        int col = 2;
        for (String n : names) {
            if (col + n.length() > 78 && col > 2) {
                sb.append("\n  ");
                col = 2;
            }
            sb.append(n).append(' ');
            col += n.length() + 1;
        }
        return sb.toString().stripTrailing();
    }
}
