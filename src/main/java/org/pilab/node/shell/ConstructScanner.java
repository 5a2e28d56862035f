package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell text into rough tokens (quotes kept whole, comments dropped, parentheses on
 * their own) without parsing it. The parser uses it to see whether a construct it refuses,
 * such as {@code case ... esac}, is already closed, so the whole block can be refused at once.
 */
final class ConstructScanner {

    private ConstructScanner() {
    }

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
