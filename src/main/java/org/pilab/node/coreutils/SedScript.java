package org.pilab.node.coreutils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed sed script, GNU sed 4.9's grammar for the commands cluster guides use: addresses
 * ({@code N}, {@code $}, {@code /re/}, {@code A,B}, {@code !}), {@code s///} with
 * {@code g p I N} flags, {@code d p = q}, and the text commands {@code a i c} in both the
 * classic {@code a\} form and GNU's one-liner {@code $a TEXT}.
 */
final class SedScript {

    /** Where a command applies: a line number, the last line ({@code $}) or a regex. */
    record Address(int line, boolean last, Pattern regex) {
        boolean matches(String text, int lineNo, boolean isLast) {
            if (last) {
                return isLast;
            }
            return regex != null ? regex.matcher(text).find() : lineNo == line;
        }
    }

    /** One command with its (optional) addresses; {@code text} is a/i/c's text, ending in a newline. */
    record Instruction(Address from, Address to, boolean negated, char name, Pattern pattern, String replacement,
            String sFlags, String text) {
    }

    /** A script error with GNU's wording and the 1-based character position it names. */
    static final class SedSyntaxError extends IllegalArgumentException {
        private final int position;

        SedSyntaxError(String message, int position) {
            super(message);
            this.position = position;
        }

        int position() {
            return position;
        }
    }

    private final String src;
    private final boolean extended;
    private int pos;

    private SedScript(String src, boolean extended) {
        this.src = src;
        this.extended = extended;
    }

    /** Parses one {@code -e} expression (or the script operand). */
    static List<Instruction> parse(String script, boolean extended) {
        return new SedScript(script, extended).instructions();
    }

    private List<Instruction> instructions() {
        List<Instruction> out = new ArrayList<>();
        while (true) {
            skip(" \t\n;");
            if (pos >= src.length()) {
                return out;
            }
            Address from = address();
            Address to = null;
            if (from != null && peek() == ',') {
                pos++;
                skip(" \t");
                to = address();
                if (to == null) {
                    throw new SedSyntaxError("unexpected `,'", pos);
                }
            }
            skip(" \t");
            boolean negated = false;
            while (peek() == '!') {
                negated = true;
                pos++;
                skip(" \t");
            }
            if (pos >= src.length()) {
                throw new SedSyntaxError("missing command", pos);
            }
            char name = src.charAt(pos++);
            out.add(switch (name) {
                case 's' -> substitute(from, to, negated);
                case 'a', 'i', 'c' -> new Instruction(from, to, negated, name, null, null, "", text());
                case 'd', 'p', '=', 'q' -> {
                    endOfCommand(name);
                    yield new Instruction(from, to, negated, name, null, null, "", null);
                }
                default -> throw new SedSyntaxError("unknown command: `" + name + "'", pos);
            });
        }
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private void skip(String chars) {
        while (pos < src.length() && chars.indexOf(src.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private Address address() {
        char c = peek();
        if (c == '$') {
            pos++;
            return new Address(0, true, null);
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (Character.isDigit(peek())) {
                pos++;
            }
            int n = Integer.parseInt(src.substring(start, pos));
            if (n == 0) {
                throw new SedSyntaxError("invalid usage of line address 0", pos);
            }
            return new Address(n, false, null);
        }
        if (c == '/' || c == '\\') {
            pos++;
            char delim = c == '/' ? '/' : src.charAt(pos++);
            String re = delimited(delim, "unterminated address regex");
            boolean caseless = peek() == 'I';
            if (caseless) {
                pos++;
            }
            return new Address(0, false, compile(re, caseless));
        }
        return null;
    }

    /** Text up to an unescaped {@code delim}; {@code \delim} becomes the delimiter itself. */
    private String delimited(char delim, String unterminated) {
        StringBuilder sb = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length()) {
                char n = src.charAt(pos++);
                if (n == delim) {
                    sb.append(delim);
                } else {
                    sb.append('\\').append(n);
                }
            } else if (c == delim) {
                return sb.toString();
            } else {
                sb.append(c);
            }
        }
        throw new SedSyntaxError(unterminated, pos);
    }

    private Instruction substitute(Address from, Address to, boolean negated) {
        if (pos >= src.length()) {
            throw new SedSyntaxError("unterminated `s' command", pos);
        }
        char delim = src.charAt(pos++);
        String re = delimited(delim, "unterminated `s' command");
        String rep = delimited(delim, "unterminated `s' command");
        int start = pos;
        while (pos < src.length() && "gpiI0123456789".indexOf(src.charAt(pos)) >= 0) {
            pos++;
        }
        String flags = src.substring(start, pos);
        if (pos < src.length() && " \t\n;}".indexOf(src.charAt(pos)) < 0) {
            throw new SedSyntaxError("unknown option to `s'", pos + 1);
        }
        boolean caseless = flags.contains("I") || flags.contains("i");
        return new Instruction(from, to, negated, 's', compile(re, caseless), replacement(rep), flags, null);
    }

    private void endOfCommand(char name) {
        skip(" \t");
        if (pos < src.length() && "\n;}".indexOf(src.charAt(pos)) < 0) {
            throw new SedSyntaxError("extra characters after command", pos + 1);
        }
    }

    /**
     * a/i/c text. GNU accepts {@code a\}+newline+text (classic) and {@code a text} (one-liner,
     * leading blanks dropped); a backslash keeps the next character, a trailing one continues
     * the text on the next line.
     */
    private String text() {
        skip(" \t");
        if (peek() == '\\') {
            pos++;
            if (peek() == '\n') {
                pos++;
            }
        }
        if (pos >= src.length()) {
            throw new SedSyntaxError("expected \\ after `a', `c' or `i'", pos);
        }
        StringBuilder sb = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length()) {
                sb.append(src.charAt(pos++));
            } else if (c == '\n') {
                break;
            } else {
                sb.append(c);
            }
        }
        return sb.append('\n').toString();
    }

    private Pattern compile(String re, boolean caseless) {
        String java = extended ? re : BasicRegex.toJava(re);
        return Pattern.compile(java, caseless ? Pattern.CASE_INSENSITIVE : 0);
    }

    /** sed's replacement: & is the match, \1..\9 groups; Java needs $0 / $1 and escaped $. */
    private static String replacement(String r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '&') {
                sb.append("$0");
            } else if (c == '\\' && i + 1 < r.length()) {
                char n = r.charAt(++i);
                if (Character.isDigit(n)) {
                    sb.append('$').append(n);
                } else if (n == 'n') {
                    sb.append('\n');
                } else if (n == 't') {
                    sb.append('\t');
                } else {
                    sb.append(Matcher.quoteReplacement(String.valueOf(n)));
                }
            } else if (c == '$') {
                sb.append("\\$");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
