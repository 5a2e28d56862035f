package org.pilab.node.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Separates here-document bodies from the command text before parsing:
 * {@code sudo tee /etc/slurm/slurm.conf <<EOF} followed by lines up to {@code EOF}. The bodies
 * are handed to the parser in the order their {@code <<} operators appear.
 */
final class HereDocuments {

    /** A body and whether its delimiter was quoted (then no $VAR expansion happens). */
    record Body(String text, boolean quoted) {
    }

    /** The command text without bodies, and the bodies in order. */
    record Split(String commands, Deque<Body> bodies) {
    }

    private HereDocuments() {
    }

    /** Splits {@code input}; empty when a here-document is still open (more lines are needed). */
    static Optional<Split> split(String input) {
        String[] lines = input.split("\n", -1);
        StringBuilder commands = new StringBuilder();
        Deque<Body> bodies = new ArrayDeque<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++];
            if (commands.length() > 0) {
                commands.append('\n');
            }
            commands.append(line);
            for (String[] op : operators(line)) {
                String delimiter = op[0];
                boolean stripTabs = op[1] != null;
                boolean quoted = op[2] != null;
                StringBuilder body = new StringBuilder();
                boolean closed = false;
                while (i < lines.length) {
                    String l = lines[i++];
                    String cmp = stripTabs ? l.replaceFirst("^\t+", "") : l;
                    if (cmp.equals(delimiter)) {
                        closed = true;
                        break;
                    }
                    body.append(cmp).append('\n');
                }
                if (!closed) {
                    return Optional.empty();
                }
                bodies.add(new Body(body.toString(), quoted));
            }
        }
        return Optional.of(new Split(commands.toString(), bodies));
    }

    /** The {@code <<} operators on a line: {delimiter, "-" if tabs are stripped, "q" if quoted}. */
    private static List<String[]> operators(String line) {
        List<String[]> out = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                break; // a comment: a "<<" in it opens nothing
            } else if (c == '\\') {
                i++;
            } else if (c == '<' && line.startsWith("<<", i) && !line.startsWith("<<<", i)) {
                int j = i + 2;
                String dash = null;
                if (j < line.length() && line.charAt(j) == '-') {
                    dash = "-";
                    j++;
                }
                while (j < line.length() && line.charAt(j) == ' ') {
                    j++;
                }
                int start = j;
                while (j < line.length() && " \t;|&<>".indexOf(line.charAt(j)) < 0) {
                    j++;
                }
                String word = line.substring(start, j);
                boolean quoted = word.contains("'") || word.contains("\"") || word.contains("\\");
                String delimiter = word.replace("'", "").replace("\"", "").replace("\\", "");
                if (!delimiter.isEmpty()) {
                    out.add(new String[] {delimiter, dash, quoted ? "q" : null});
                }
                i = j - 1;
            }
        }
        return out;
    }
}
