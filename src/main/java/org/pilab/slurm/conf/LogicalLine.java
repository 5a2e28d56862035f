package org.pilab.slurm.conf;

import java.util.ArrayList;
import java.util.List;

/**
 * A line as SLURM's parser sees it: comments cut at an unescaped '#', lines ending in an odd
 * number of backslashes joined to the next, then escapes removed ({@code \#} becomes '#').
 *
 * @param number the 1-based number of its first physical line (what SLURM reports)
 */
record LogicalLine(int number, String text) {

    static List<LogicalLine> split(String content) {
        List<LogicalLine> out = new ArrayList<>();
        String[] physical = content.split("\r?\n", -1);
        int count = physical.length;
        if (count > 0 && physical[count - 1].isEmpty()) {
            count--; // a final newline does not start another line
        }
        StringBuilder joined = new StringBuilder();
        int start = -1;
        for (int i = 0; i < count; i++) {
            if (start < 0) {
                start = i + 1;
            }
            String line = stripComment(physical[i]);
            int cut = continuationCut(line);
            if (cut >= 0) {
                joined.append(line, 0, cut);
                continue;
            }
            joined.append(line);
            out.add(new LogicalLine(start, unescape(joined.toString())));
            joined.setLength(0);
            start = -1;
        }
        if (start >= 0) {
            out.add(new LogicalLine(start, unescape(joined.toString())));
        }
        return out;
    }

    static int physicalLineCount(String content) {
        String[] physical = content.split("\r?\n", -1);
        int count = physical.length;
        if (count > 0 && physical[count - 1].isEmpty()) {
            count--;
        }
        return Math.max(count, 1);
    }

    private static String stripComment(String line) {
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' && backslashes % 2 == 0) {
                return line.substring(0, i);
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return line;
    }

    /** Index of the continuation backslash, or -1 (trailing blanks after it are allowed). */
    private static int continuationCut(String line) {
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        int end = i;
        while (i >= 0 && line.charAt(i) == '\\') {
            i--;
        }
        int backslashes = end - i;
        return backslashes % 2 == 1 ? end : -1;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i++;
                c = s.charAt(i);
            } else if (c == '\\') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
