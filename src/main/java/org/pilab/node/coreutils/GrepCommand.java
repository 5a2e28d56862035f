package org.pilab.node.coreutils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.pilab.node.shell.Command;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/** GNU grep [-i -v -n -E -F -c -q -w -l -h -H -e PATTERN]: exit 0 on a match, 1 on none, 2 on errors. */
public final class GrepCommand implements Command {

    @Override
    public int run(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "ivnEcqwlrhFHo", "e", Set.of("color", "colour"));
        if (!f.ok()) {
            inv.err().println(f.error("grep"));
            inv.err().println("Usage: grep [OPTION]... PATTERNS [FILE]...");
            inv.err().println("Try 'grep --help' for more information.");
            return 2;
        }
        List<String> ops = new ArrayList<>(f.operands());
        String pattern;
        if (f.has('e')) {
            pattern = f.value('e', "");
        } else if (ops.isEmpty()) {
            inv.err().println("Usage: grep [OPTION]... PATTERNS [FILE]...");
            inv.err().println("Try 'grep --help' for more information.");
            return 2;
        } else {
            pattern = ops.remove(0);
        }
        String regex = f.has('F') ? Pattern.quote(pattern) : f.has('E') ? pattern : BasicRegex.toJava(pattern);
        if (f.has('w')) {
            regex = "\\b(?:" + regex + ")\\b";
        }
        Pattern p;
        try {
            p = Pattern.compile(regex, f.has('i') ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            inv.err().println("grep: Unmatched ( or \\(");
            return 2;
        }
        int[] status = {0};
        List<TextCommands.Input> ins = TextCommands.inputs(inv, "grep", ops, status);
        boolean prefix = (ins.size() > 1 || f.has('H')) && !f.has('h');
        boolean any = false;
        for (TextCommands.Input in : ins) {
            int count = 0;
            List<String> ls = TextCommands.lines(in.text());
            for (int i = 0; i < ls.size(); i++) {
                boolean match = p.matcher(ls.get(i)).find() != f.has('v');
                if (!match) {
                    continue;
                }
                count++;
                any = true;
                if (f.has('q') || f.has('c') || f.has('l')) {
                    continue;
                }
                String name = in.name().equals("-") ? "(standard input)" : in.name();
                inv.out().println((prefix ? name + ":" : "") + (f.has('n') ? (i + 1) + ":" : "") + ls.get(i));
            }
            if (f.has('c')) {
                inv.out().println((prefix ? in.name() + ":" : "") + count);
            }
            if (f.has('l') && count > 0) {
                inv.out().println(in.name().equals("-") ? "(standard input)" : in.name());
            }
        }
        if (status[0] == 2 && !f.has('q')) {
            return 2;
        }
        return any ? 0 : 1;
    }
}
