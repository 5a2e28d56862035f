package org.pilab.node.coreutils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pilab.node.shell.Command;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/** GNU wc [-l -w -c]: column widths follow the largest count, 7 when reading stdin. */
public final class WcCommand implements Command {

    @Override
    public int run(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "lwcm", "", Set.of());
        if (!f.ok()) {
            return FileCommands.usage(inv, f, "wc");
        }
        boolean l = f.has('l');
        boolean w = f.has('w');
        boolean c = f.has('c') || f.has('m');
        if (!l && !w && !c) {
            l = true;
            w = true;
            c = true;
        }
        int[] status = {0};
        List<TextCommands.Input> ins = TextCommands.inputs(inv, "wc", f.operands(), status);
        List<long[]> counts = new ArrayList<>();
        long[] total = new long[3];
        for (TextCommands.Input in : ins) {
            String t = in.text();
            long lines = t.chars().filter(ch -> ch == '\n').count();
            long words = t.isBlank() ? 0 : t.strip().split("\\s+").length;
            long bytes = t.getBytes(StandardCharsets.UTF_8).length;
            counts.add(new long[] {lines, words, bytes});
            total[0] += lines;
            total[1] += words;
            total[2] += bytes;
        }
        int shown = (l ? 1 : 0) + (w ? 1 : 0) + (c ? 1 : 0);
        boolean stdin = ins.stream().anyMatch(i -> i.name().equals("-"));
        int width;
        if (shown == 1 && ins.size() == 1) {
            width = 1;
        } else if (stdin) {
            width = 7;
        } else {
            width = Long.toString(total[2]).length();
        }
        for (int i = 0; i < ins.size(); i++) {
            inv.out().println(row(counts.get(i), l, w, c, width) + (ins.get(i).name().equals("-") ? "" : " " + ins.get(i).name()));
        }
        if (ins.size() > 1) {
            inv.out().println(row(total, l, w, c, width) + " total");
        }
        return status[0];
    }

    private static String row(long[] v, boolean l, boolean w, boolean c, int width) {
        List<String> parts = new ArrayList<>();
        if (l) {
            parts.add(String.format(Locale.ROOT, "%" + width + "d", v[0]));
        }
        if (w) {
            parts.add(String.format(Locale.ROOT, "%" + width + "d", v[1]));
        }
        if (c) {
            parts.add(String.format(Locale.ROOT, "%" + width + "d", v[2]));
        }
        return String.join(" ", parts);
    }
}
