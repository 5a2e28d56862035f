package org.pilab.node.pkg;

import java.util.ArrayList;
import java.util.List;

import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/** dpkg -l [PATTERN...] in dpkg-query's column layout (widths follow the longest entry). */
public final class DpkgCommand implements Command {

    @Override
    public int run(Invocation inv) {
        List<String> args = inv.args();
        if (args.isEmpty() || !(args.get(0).equals("-l") || args.get(0).equals("--list"))) {
            inv.err().println("dpkg: error: need an action option");
            inv.err().println();
            inv.err().println("Use --help for help about installing and deinstalling packages [*];");
            inv.err().println("Use 'apt' or 'aptitude' for user-friendly package management;");
            return 2;
        }
        List<String> patterns = args.subList(1, args.size());
        List<PackageSpec> rows = new ArrayList<>();
        for (PackageSpec p : inv.host().packages().installedSpecs()) {
            if (patterns.isEmpty() || patterns.stream().anyMatch(pt -> p.name().matches(pt.replace("*", ".*")))) {
                rows.add(p);
            }
        }
        if (rows.isEmpty()) {
            for (String p : patterns) {
                inv.err().println("dpkg-query: no packages found matching " + p);
            }
            return 1;
        }
        int nameW = Math.max(14, rows.stream().mapToInt(p -> p.name().length()).max().orElse(0));
        int verW = Math.max(12, rows.stream().mapToInt(p -> p.version().length()).max().orElse(0));
        int archW = 12;
        int descW = Math.max(12, 80 - 4 - nameW - verW - archW - 3);
        inv.out().println("Desired=Unknown/Install/Remove/Purge/Hold");
        inv.out().println("| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend");
        inv.out().println("|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)");
        inv.out().println(String.format("||/ %-" + nameW + "s %-" + verW + "s %-" + archW + "s %s", "Name", "Version",
                "Architecture", "Description"));
        inv.out().println("+++-" + "=".repeat(nameW) + "-" + "=".repeat(verW) + "-" + "=".repeat(archW) + "-" + "=".repeat(descW));
        for (PackageSpec p : rows) {
            String desc = p.description().length() > descW ? p.description().substring(0, descW) : p.description();
            inv.out().println(String.format("ii  %-" + nameW + "s %-" + verW + "s %-" + archW + "s %s", p.name(), p.version(),
                    p.arch(), desc));
        }
        return 0;
    }
}
