package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code read [-r] [-p PROMPT] [NAME...]} builtin: one line of stdin into variables (the
 * last name takes the rest of the line, {@code REPLY} without names). It tells the session how
 * much input it used, so {@code while read h; do ...; done < hosts.txt} reads the next line in
 * each round. Status 1 at the end of the input.
 */
final class ReadBuiltin {

    private ReadBuiltin() {
    }

    static int run(Invocation inv) {
        boolean raw = false;
        List<String> names = new ArrayList<>();
        List<String> args = inv.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-r")) {
                raw = true;
            } else if (a.equals("-p") && i + 1 < args.size()) {
                inv.err().print(args.get(++i)); // bash shows the prompt on stderr
            } else if (a.startsWith("-") && names.isEmpty()) {
                inv.err().println(inv.session().shellName() + ": read: " + a + ": invalid option");
                return 2;
            } else if (!a.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                inv.err().println(inv.session().shellName() + ": read: `" + a + "': not a valid identifier");
                return 1;
            } else {
                names.add(a);
            }
        }
        String in = inv.stdin();
        if (in.isEmpty()) {
            return 1;
        }
        int newline = in.indexOf('\n');
        String line = newline < 0 ? in : in.substring(0, newline);
        inv.session().consumedInput(newline < 0 ? in.length() : newline + 1);
        if (!raw) {
            line = line.replaceAll("\\\\(.)", "$1");
        }
        assign(inv.session(), names.isEmpty() ? List.of("REPLY") : names, names.isEmpty() ? line : line.strip());
        // a last line without its newline is still read, but bash reports the end of input
        return newline < 0 ? 1 : 0;
    }

    private static void assign(Session session, List<String> names, String line) {
        String rest = line;
        for (int i = 0; i < names.size(); i++) {
            if (i == names.size() - 1) {
                session.setVariable(names.get(i), rest);
                break;
            }
            String[] split = rest.split("[ \t]+", 2);
            session.setVariable(names.get(i), split[0]);
            rest = split.length > 1 ? split[1] : "";
        }
    }
}
