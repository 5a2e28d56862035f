package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pilab.node.shell.Syntax.Part;
import org.pilab.node.shell.Syntax.PartKind;
import org.pilab.node.shell.Syntax.Word;

/**
 * Bash's brace expansion, the first expansion of a word: {@code pi{02,03}} gives pi02 pi03,
 * {@code /clusterfs/sweep/{logs,results}} two paths, {@code {1..5}}, {@code {01..08}}
 * (zero-padded), {@code {a..e}} and {@code {1..9..2}} sequences, nested and repeated braces. Only
 * unquoted braces count; {@code {}} and {@code {x}} (no comma, no sequence) stay as typed, and
 * $VAR or $(cmd) inside an alternative are expanded afterwards, as in bash.
 */
final class BraceExpansion {

    /** More words than this from one word is a typing slip ({1..10000000}), not a plan. */
    static final int MAX_WORDS = 100_000;

    private static final Pattern NUMBERS = Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)(?:\\.\\.(-?\\d+))?");
    private static final Pattern LETTERS = Pattern.compile("([A-Za-z])\\.\\.([A-Za-z])(?:\\.\\.(-?\\d+))?");

    /**
     * One piece of a word during expansion: a single unquoted character, which may be a brace
     * or comma that counts, or a whole part (quoted text, $VAR, $(cmd), ~) that never does.
     */
    private record Atom(char ch, Part part) {
        boolean is(char c) {
            return part == null && ch == c;
        }
    }

    private BraceExpansion() {
    }

    /** The words {@code word} brace-expands to: itself alone when it has no brace expression. */
    static List<Word> expand(Word word) {
        boolean candidate = word.parts().stream()
                .anyMatch(p -> !p.quoted() && p.kind() == PartKind.LITERAL && p.text().indexOf('{') >= 0);
        if (!candidate) {
            return List.of(word);
        }
        List<List<Atom>> expanded = expand(atoms(word));
        List<Word> out = new ArrayList<>(expanded.size());
        for (List<Atom> w : expanded) {
            out.add(toWord(w));
        }
        return out;
    }

    private static List<Atom> atoms(Word word) {
        List<Atom> atoms = new ArrayList<>();
        for (Part p : word.parts()) {
            if (!p.quoted() && p.kind() == PartKind.LITERAL) {
                for (char c : p.text().toCharArray()) {
                    atoms.add(new Atom(c, null));
                }
            } else {
                atoms.add(new Atom('\0', p));
            }
        }
        return atoms;
    }

    private static Word toWord(List<Atom> atoms) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (Atom a : atoms) {
            if (a.part() == null) {
                lit.append(a.ch());
                continue;
            }
            if (lit.length() > 0) {
                parts.add(new Part(PartKind.LITERAL, lit.toString(), false));
                lit.setLength(0);
            }
            parts.add(a.part());
        }
        if (lit.length() > 0) {
            parts.add(new Part(PartKind.LITERAL, lit.toString(), false));
        }
        return new Word(parts);
    }

    /**
     * Finds the first brace expression that expands (a top-level comma, or a sequence); the text
     * before it is kept, and each alternative followed by the rest of the word is expanded again,
     * which handles nested braces and later ones.
     */
    private static List<List<Atom>> expand(List<Atom> w) {
        for (int open = 0; open < w.size(); open++) {
            if (!w.get(open).is('{')) {
                continue;
            }
            int depth = 0;
            int close = -1;
            List<Integer> commas = new ArrayList<>();
            for (int i = open; i < w.size() && close < 0; i++) {
                Atom a = w.get(i);
                if (a.is('{')) {
                    depth++;
                } else if (a.is('}')) {
                    depth--;
                    if (depth == 0) {
                        close = i;
                    }
                } else if (a.is(',') && depth == 1) {
                    commas.add(i);
                }
            }
            if (close < 0) {
                continue; // an unmatched "{" is an ordinary character
            }
            List<List<Atom>> alternatives = new ArrayList<>();
            if (!commas.isEmpty()) {
                int from = open + 1;
                for (int comma : commas) {
                    alternatives.add(w.subList(from, comma));
                    from = comma + 1;
                }
                alternatives.add(w.subList(from, close));
            } else {
                List<String> sequence = sequence(w.subList(open + 1, close));
                if (sequence == null) {
                    continue; // "{}" or "{x}": left as typed, as bash does
                }
                for (String s : sequence) {
                    alternatives.add(atoms(new Word(List.of(new Part(PartKind.LITERAL, s, false)))));
                }
            }
            List<Atom> prefix = w.subList(0, open);
            List<Atom> suffix = w.subList(close + 1, w.size());
            List<List<Atom>> out = new ArrayList<>();
            for (List<Atom> alternative : alternatives) {
                List<Atom> rest = new ArrayList<>(alternative);
                rest.addAll(suffix);
                for (List<Atom> tail : expand(rest)) {
                    List<Atom> whole = new ArrayList<>(prefix);
                    whole.addAll(tail);
                    out.add(whole);
                    if (out.size() > MAX_WORDS) {
                        throw new ShellSyntaxException("brace expansion: more than " + MAX_WORDS + " words");
                    }
                }
            }
            return out;
        }
        return List.of(w);
    }

    /** The words of {@code {1..5}}, {@code {05..1..2}} or {@code {a..e}}; null if the text is no sequence. */
    private static List<String> sequence(List<Atom> inside) {
        StringBuilder text = new StringBuilder();
        for (Atom a : inside) {
            if (a.part() != null) {
                return null;
            }
            text.append(a.ch());
        }
        Matcher n = NUMBERS.matcher(text);
        Matcher l = LETTERS.matcher(text);
        if (n.matches()) {
            long start;
            long end;
            try {
                start = Long.parseLong(n.group(1));
                end = Long.parseLong(n.group(2));
            } catch (NumberFormatException e) {
                return null;
            }
            long step = step(n.group(3));
            if (Math.abs(end - start) / step >= MAX_WORDS) {
                throw new ShellSyntaxException("brace expansion: more than " + MAX_WORDS + " words");
            }
            // {01..08}: a leading zero on either end pads every number to the longer width
            int width = padded(n.group(1)) || padded(n.group(2)) ? Math.max(n.group(1).length(), n.group(2).length()) : 0;
            List<String> out = new ArrayList<>();
            for (long v = start; start <= end ? v <= end : v >= end; v += start <= end ? step : -step) {
                out.add(width > 0 ? String.format(Locale.ROOT, "%0" + width + "d", v) : Long.toString(v));
            }
            return out;
        }
        if (l.matches()) {
            char start = l.group(1).charAt(0);
            char end = l.group(2).charAt(0);
            long step = step(l.group(3));
            List<String> out = new ArrayList<>();
            for (long c = start; start <= end ? c <= end : c >= end; c += start <= end ? step : -step) {
                out.add(String.valueOf((char) c));
            }
            return out;
        }
        return null;
    }

    private static long step(String given) {
        if (given == null) {
            return 1;
        }
        try {
            long s = Math.abs(Long.parseLong(given));
            return s == 0 ? 1 : s;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean padded(String number) {
        String digits = number.startsWith("-") ? number.substring(1) : number;
        return digits.length() > 1 && digits.charAt(0) == '0';
    }
}
