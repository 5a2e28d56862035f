package org.pilab.node.coreutils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pilab.node.fs.FsException;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/** Text tools: cat, echo, head, tail, sort, uniq, tee, cut, less/more, zcat (grep and wc have their own classes). */
public final class TextCommands {

    private TextCommands() {
    }

    /** A named input: a file's text, or stdin ("-"). */
    record Input(String name, String text) {
    }

    /** Reads each operand (stdin when none), reporting failures as {@code tool: name: reason}. */
    static List<Input> inputs(Invocation inv, String tool, List<String> operands, int[] status) {
        List<Input> out = new ArrayList<>();
        if (operands.isEmpty()) {
            out.add(new Input("-", inv.stdin()));
            return out;
        }
        for (String o : operands) {
            if (o.equals("-")) {
                out.add(new Input("-", inv.stdin()));
                continue;
            }
            try {
                out.add(new Input(o, inv.fs().read(inv.abs(o), inv.creds())));
            } catch (FsException e) {
                inv.err().println(tool + ": " + o + ": " + e.reason());
                status[0] = tool.equals("grep") ? 2 : 1;
            }
        }
        return out;
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    public static int cat(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "nAvE", "", Set.of());
        if (!f.ok()) {
            return FileCommands.usage(inv, f, "cat");
        }
        int[] status = {0};
        int n = 1;
        for (Input in : inputs(inv, "cat", f.operands(), status)) {
            if (f.has('n')) {
                for (String l : lines(in.text())) {
                    inv.out().printf("%6d\t%s%n", n++, l);
                }
            } else {
                inv.out().print(in.text());
            }
        }
        return status[0];
    }

    public static int pager(Invocation inv) {
        int[] status = {0};
        for (Input in : inputs(inv, inv.name(), inv.args().stream().filter(a -> !a.startsWith("-")).toList(), status)) {
            inv.out().print(in.text());
        }
        return status[0];
    }

    public static int zcat(Invocation inv) {
        // Compressed examples are stored as their text: zcat shows it, which is what matters.
        return pager(inv);
    }

    public static int echo(Invocation inv) {
        List<String> args = new ArrayList<>(inv.args());
        boolean newline = true;
        boolean escapes = false;
        while (!args.isEmpty() && args.get(0).matches("-[neE]+")) {
            String fl = args.remove(0);
            newline &= !fl.contains("n");
            escapes = fl.contains("e") || (escapes && !fl.contains("E"));
        }
        String text = String.join(" ", args);
        if (escapes) {
            text = text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
        }
        inv.out().print(newline ? text + "\n" : text);
        return 0;
    }

    public static int head(Invocation inv) {
        return headOrTail(inv, true);
    }

    public static int tail(Invocation inv) {
        return headOrTail(inv, false);
    }

    private static int headOrTail(Invocation inv, boolean head) {
        List<String> args = new ArrayList<>();
        for (String a : inv.args()) {
            args.add(a.matches("-\\d+") ? "-n" + a.substring(1) : a);
        }
        String tool = head ? "head" : "tail";
        Flags f = Flags.parse(args, "fqvF", "nc", Set.of("follow"));
        if (!f.ok()) {
            return FileCommands.usage(inv, f, tool);
        }
        String nText = f.value('n', "10");
        boolean fromStart = !head && nText.startsWith("+");
        int n;
        try {
            n = Integer.parseInt(nText.replace("+", ""));
        } catch (NumberFormatException e) {
            inv.err().println(tool + ": invalid number of lines: \u2018" + nText + "\u2019");
            return 1;
        }
        int[] status = {0};
        List<Input> ins = inputs(inv, tool, f.operands(), status);
        for (int i = 0; i < ins.size(); i++) {
            if (ins.size() > 1) {
                inv.out().println((i > 0 ? "\n" : "") + "==> " + ins.get(i).name() + " <==");
            }
            List<String> ls = lines(ins.get(i).text());
            List<String> pick;
            if (head) {
                pick = ls.subList(0, Math.min(n, ls.size()));
            } else if (fromStart) {
                pick = ls.subList(Math.min(Math.max(n - 1, 0), ls.size()), ls.size());
            } else {
                pick = ls.subList(Math.max(0, ls.size() - n), ls.size());
            }
            pick.forEach(inv.out()::println);
        }
        return status[0];
    }

    public static int sort(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "rnuf", "tk", Set.of());
        if (!f.ok()) {
            return FileCommands.usage(inv, f, "sort");
        }
        int[] status = {0};
        List<String> all = new ArrayList<>();
        for (Input in : inputs(inv, "sort", f.operands(), status)) {
            all.addAll(lines(in.text()));
        }
        Comparator<String> cmp = f.has('n') ? Comparator.comparingDouble(TextCommands::leadingNumber)
                : f.has('f') ? String.CASE_INSENSITIVE_ORDER : Comparator.naturalOrder();
        if (f.has('r')) {
            cmp = cmp.reversed();
        }
        all.sort(cmp);
        String prev = null;
        for (String s : all) {
            if (f.has('u') && s.equals(prev)) {
                continue;
            }
            inv.out().println(s);
            prev = s;
        }
        return status[0];
    }

    private static double leadingNumber(String s) {
        Matcher m = Pattern.compile("^\\s*(-?\\d+(\\.\\d+)?)").matcher(s);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    public static int uniq(Invocation inv) {
        boolean count = inv.args().contains("-c");
        int[] status = {0};
        List<String> ops = inv.args().stream().filter(a -> !a.startsWith("-")).toList();
        List<String> ls = new ArrayList<>();
        for (Input in : inputs(inv, "uniq", ops, status)) {
            ls.addAll(lines(in.text()));
        }
        for (int i = 0; i < ls.size(); ) {
            int j = i;
            while (j < ls.size() && ls.get(j).equals(ls.get(i))) {
                j++;
            }
            inv.out().println(count ? String.format(Locale.ROOT, "%7d %s", j - i, ls.get(i)) : ls.get(i));
            i = j;
        }
        return status[0];
    }

    public static int tee(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "a", "", Set.of("append"));
        if (!f.ok()) {
            return FileCommands.usage(inv, f, "tee");
        }
        boolean append = f.has('a') || f.hasLong("append");
        int status = 0;
        for (String o : f.operands()) {
            try {
                if (append) {
                    inv.fs().append(inv.abs(o), inv.stdin(), inv.creds());
                } else {
                    inv.fs().write(inv.abs(o), inv.stdin(), inv.creds());
                }
            } catch (FsException e) {
                inv.err().println("tee: " + o + ": " + e.reason());
                status = 1;
            }
        }
        inv.out().print(inv.stdin());
        return status;
    }

    public static int cut(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "", "dfc", Set.of());
        if (!f.ok() || !f.has('f')) {
            inv.err().println("cut: you must specify a list of bytes, characters, or fields");
            inv.err().println("Try 'cut --help' for more information.");
            return 1;
        }
        String delim = f.value('d', "\t");
        List<Integer> fields = new ArrayList<>();
        if (!f.value('f', "1").matches("[0-9,-]+")) {
            inv.err().println("cut: invalid field value \u2018" + f.value('f', "1") + "\u2019");
            inv.err().println("Try 'cut --help' for more information.");
            return 1;
        }
        for (String part : f.value('f', "1").split(",")) {
            if (part.contains("-")) {
                String[] r = part.split("-", -1);
                int a = r[0].isEmpty() ? 1 : Integer.parseInt(r[0]);
                int b = r[1].isEmpty() ? 64 : Integer.parseInt(r[1]);
                for (int i = a; i <= b; i++) {
                    fields.add(i);
                }
            } else {
                fields.add(Integer.parseInt(part));
            }
        }
        int[] status = {0};
        for (Input in : inputs(inv, "cut", f.operands(), status)) {
            for (String line : lines(in.text())) {
                if (!line.contains(delim)) {
                    inv.out().println(line);
                    continue;
                }
                String[] cols = line.split(Pattern.quote(delim), -1);
                List<String> pick = new ArrayList<>();
                for (int fi : fields) {
                    if (fi - 1 < cols.length) {
                        pick.add(cols[fi - 1]);
                    }
                }
                inv.out().println(String.join(delim, pick));
            }
        }
        return status[0];
    }
}
