package org.pilab.realcluster.exec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Quotes words for a POSIX shell by wrapping them in single quotes, where nothing is special
 * but the single quote itself (written as {@code '\''}). Used for the command line ssh hands
 * to the remote shell and for values written into generated bash files.
 */
public final class ShellQuote {

    private ShellQuote() {
    }

    public static String quote(String word) {
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell word cannot hold a NUL character");
        }
        if (!word.isEmpty() && word.chars().allMatch(ShellQuote::plain)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Each word quoted, joined by single blanks: a shell reads back exactly these words. */
    public static String join(List<String> words) {
        return words.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
    }

    private static boolean plain(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-_./=:@,+%".indexOf(c) >= 0;
    }
}
