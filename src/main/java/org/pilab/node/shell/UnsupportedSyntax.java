package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bash syntax the lab shell does not run (case, functions, select, groups, subshells,
 * [[ ]]), refused as one whole command so none of its pieces runs on its own. While such a
 * construct is still open the shell asks for more lines, as bash would, so a block typed over
 * several lines (or sitting in a script) is refused once, not line by line.
 */
final class UnsupportedSyntax {

    private UnsupportedSyntax() {
    }

    /**
     * Throws when {@code token}, the word in command position at {@code pos} of {@code src},
     * starts a construct the lab shell does not run: "syntax error: unexpected end of file"
     * while it is still open, "case: not supported in this lab shell" once it is closed.
     * Returns normally for anything else.
     */
    static void refuse(String src, int pos, String token) {
        String what;
        Set<String> openers;
        String closer;
        if (token.equals("case")) {
            what = "case";
            openers = Set.of("case");
            closer = "esac";
        } else if (token.equals("select")) {
            what = "select";
            openers = Set.of("do");
            closer = "done";
        } else if (token.equals("{")) {
            what = "{ ... } command groups";
            openers = Set.of("{");
            closer = "}";
        } else if (token.equals("[[")) {
            what = "[[";
            openers = Set.of("[[");
            closer = "]]";
        } else if (token.isEmpty() && pos < src.length() && src.charAt(pos) == '(') {
            what = src.startsWith("((", pos) ? "(( )) arithmetic" : "( ... ) subshells";
            openers = Set.of("(");
            closer = ")";
        } else if (token.equals("function")
                || (token.matches("[A-Za-z_][A-Za-z0-9_-]*") && opensFunction(src, pos + token.length()))) {
            what = "functions";
            openers = Set.of("{");
            closer = "}";
        } else {
            return;
        }
        if (!closes(src, pos, openers, closer)) {
            throw new ShellSyntaxException("syntax error: unexpected end of file");
        }
        throw new ShellSyntaxException(what + ": not supported in this lab shell");
    }

    /** Whether {@code ()} follows at {@code at}: {@code name()} or {@code name ()} starts a function. */
    private static boolean opensFunction(String src, int at) {
        int i = skipBlanks(src, at);
        if (i >= src.length() || src.charAt(i) != '(') {
            return false;
        }
        i = skipBlanks(src, i + 1);
        return i < src.length() && src.charAt(i) == ')';
    }

    private static int skipBlanks(String src, int from) {
        int i = from;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Whether the text from {@code pos} closes the construct starting there (nesting counted). */
    private static boolean closes(String src, int pos, Set<String> openers, String closer) {
        int depth = 0;
        boolean opened = false;
        for (String t : tokens(src, pos)) {
            if (openers.contains(t)) {
                depth++;
                opened = true;
            } else if (t.equals(closer) && opened) {
                depth--;
                if (depth == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Rough tokens of shell text without parsing it: quotes kept whole, comments dropped,
     * parentheses on their own.
     */
    static List<String> tokens(String src, int from) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = from;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\'' || c == '"') {
                int end = src.indexOf(c, i + 1);
                end = end < 0 ? src.length() - 1 : end;
                cur.append(src, i, end + 1);
                i = end + 1;
                continue;
            }
            if (c == '\\' && i + 1 < src.length()) {
                cur.append(src, i, i + 2);
                i += 2;
                continue;
            }
            if (c == '#' && cur.length() == 0) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (" \t\n;|&<>()".indexOf(c) >= 0) {
                flush(out, cur);
                if (c == '(' || c == ')') {
                    out.add(String.valueOf(c));
                }
                i++;
                continue;
            }
            cur.append(c);
            i++;
        }
        flush(out, cur);
        return out;
    }

    private static void flush(List<String> out, StringBuilder cur) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
