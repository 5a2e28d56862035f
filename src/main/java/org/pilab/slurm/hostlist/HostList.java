package org.pilab.slurm.hostlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Expands and compresses SLURM host lists.
 *
 * <p>Compression follows SLURM's hostlist_ranged_string: hosts are taken in order, a host
 * extends the previous range when it has the same prefix, the next number and a compatible
 * zero padding; neighbouring ranges with the same prefix share one bracket
 * ({@code pi[01-02,04]}); a lone host has no bracket ({@code pi03}). sinfo sorts its node list
 * first, which {@link #compressSorted} does.</p>
 */
public final class HostList {

    /** Refuse expansions that could only be typing mistakes and would exhaust memory. */
    public static final int MAX_HOSTS = 1_000_000;

    private HostList() {
    }

    /**
     * Expands {@code pi[01-04]}, {@code pi[01,03-04]}, {@code pi01,pi02},
     * {@code rack[1-2]-pi[1-2]} into host names, in the written order (duplicates kept).
     *
     * @throws HostListException naming the position of a bad bracket or range
     */
    public static List<String> expand(String expression) {
        List<String> hosts = new ArrayList<>();
        if (expression == null) {
            return hosts;
        }
        for (String term : splitTopLevel(expression)) {
            expandTerm(expression, term, hosts);
        }
        return hosts;
    }

    /** Compresses {@code hosts} in the given order, as SLURM's hostlist_ranged_string does. */
    public static String compress(Collection<String> hosts) {
        List<Range> ranges = new ArrayList<>();
        for (String host : hosts) {
            if (host == null || host.isEmpty()) {
                throw new HostListException("host names must be non-empty, got " + hosts);
            }
            for (int i = 0; i < host.length(); i++) {
                char c = host.charAt(i);
                if (c == ',' || c == '[' || c == ']' || Character.isWhitespace(c)) {
                    throw new HostListException("\"" + host + "\" is not a host name: names may"
                            + " not contain commas, brackets or blanks");
                }
            }
            push(ranges, HostName.parse(host));
        }
        return render(ranges);
    }

    /**
     * Sorts as SLURM's hostlist_sort does, then compresses: by prefix, then by number where
     * the paddings are compatible (pi9 before pi10), otherwise narrower padding first (pi18
     * before pi006). Duplicates are kept, as {@code scontrol show hostlistsorted} keeps them.
     */
    public static String compressSorted(Collection<String> hosts) {
        List<HostName> names = new ArrayList<>();
        for (String host : hosts) {
            names.add(HostName.parse(host));
        }
        try {
            names.sort(HostList::slurmOrder);
        } catch (IllegalArgumentException inconsistent) {
            // Width equivalence is not transitive for every mix of paddings; fall back to a
            // plain total order rather than fail.
            names.sort(Comparator.comparing(HostName::prefix).thenComparingInt(HostName::width)
                    .thenComparingLong(HostName::number));
        }
        List<String> sorted = new ArrayList<>(names.size());
        for (HostName name : names) {
            sorted.add(name.full());
        }
        return compress(sorted);
    }

    private static int slurmOrder(HostName a, HostName b) {
        int byPrefix = a.prefix().compareTo(b.prefix());
        if (byPrefix != 0) {
            return byPrefix;
        }
        if (!a.numbered() || !b.numbered()) {
            return Boolean.compare(a.numbered(), b.numbered());
        }
        if (!widthEquivalent(a, b)) {
            return Integer.compare(a.width(), b.width());
        }
        return Long.compare(a.number(), b.number());
    }

    /**
     * hostlist.c's _width_equiv: two numbers can share a range if printing either with the
     * other's padding leaves its own zero padding unchanged.
     */
    private static boolean widthEquivalent(HostName a, HostName b) {
        if (a.width() == b.width()) {
            return true;
        }
        boolean aChanges = zeroPadding(a.number(), a.width()) != zeroPadding(a.number(), b.width());
        boolean bChanges = zeroPadding(b.number(), b.width()) != zeroPadding(b.number(), a.width());
        return !(aChanges && bChanges);
    }

    private static int zeroPadding(long number, int width) {
        int digits = Long.toString(number).length();
        return Math.max(0, width - digits);
    }

    // ---- expansion -------------------------------------------------------------------

    /** Splits at commas and blanks that are not inside brackets. */
    private static List<String> splitTopLevel(String expression) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth < 0) {
                    throw new HostListException("unmatched ']' at position " + (i + 1)
                            + " in host list \"" + expression + "\"");
                }
            }
            if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                if (current.length() > 0) {
                    terms.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (depth != 0) {
            throw new HostListException("unmatched '[' in host list \"" + expression
                    + "\": close every bracket, e.g. pi[01-04]");
        }
        if (current.length() > 0) {
            terms.add(current.toString());
        }
        return terms;
    }

    private static void expandTerm(String expression, String term, List<String> out) {
        int open = term.indexOf('[');
        if (open < 0) {
            add(out, term, expression);
            return;
        }
        int close = term.indexOf(']', open);
        String prefix = term.substring(0, open);
        String body = term.substring(open + 1, close);
        String rest = term.substring(close + 1);
        if (body.isEmpty()) {
            throw new HostListException("empty brackets in \"" + term + "\" of host list \""
                    + expression + "\"");
        }
        List<String> numbers = new ArrayList<>();
        for (String piece : body.split(",", -1)) {
            expandRange(expression, term, piece, numbers);
        }
        if (!rest.isEmpty() && rest.indexOf('[') < 0) {
            // SLURM 22.05 accepts r[1-2]-pi[1-2] but not pi[1-2]x.
            throw new HostListException("Invalid hostlist: " + expression + ": only another"
                    + " bracket group may follow ']' (\"" + rest + "\" does not)");
        }
        List<String> tails = new ArrayList<>();
        if (rest.isEmpty()) {
            tails.add("");
        } else {
            expandTerm(expression, rest, tails);
        }
        for (String number : numbers) {
            for (String tail : tails) {
                add(out, prefix + number + tail, expression);
            }
        }
    }

    private static void expandRange(String expression, String term, String piece,
            List<String> out) {
        int dash = piece.indexOf('-');
        String loText = dash < 0 ? piece : piece.substring(0, dash);
        String hiText = dash < 0 ? piece : piece.substring(dash + 1);
        if (!isDigits(loText) || !isDigits(hiText) || loText.length() > 18
                || hiText.length() > 18) {
            throw new HostListException("Invalid range: `" + piece + "' in host list \""
                    + expression + "\": use numbers such as [01-04] or [1,3,5]");
        }
        long lo = Long.parseLong(loText);
        long hi = Long.parseLong(hiText);
        if (hi < lo) {
            throw new HostListException("Invalid range: `" + piece + "' in host list \""
                    + expression + "\": write the low number first");
        }
        if (hi - lo >= MAX_HOSTS) {
            throw new HostListException("range \"" + piece + "\" in host list \"" + expression
                    + "\" has more than " + MAX_HOSTS + " hosts");
        }
        // SLURM pads every number to the width of the range's low end: pi[01-10], pi[9-10].
        int width = loText.length();
        for (long n = lo; n <= hi; n++) {
            out.add(pad(n, width));
        }
    }

    private static void add(List<String> out, String host, String expression) {
        if (out.size() >= MAX_HOSTS) {
            throw new HostListException("host list \"" + expression + "\" expands to more than "
                    + MAX_HOSTS + " hosts");
        }
        out.add(host);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- compression -----------------------------------------------------------------

    /** A run of numbered hosts lo..hi with one prefix and padding, or one plain host. */
    private static final class Range {
        final String prefix;
        final long lo;
        long hi;
        final int width;
        final boolean plain;

        Range(String prefix, long lo, int width, boolean plain) {
            this.prefix = prefix;
            this.lo = lo;
            this.hi = lo;
            this.width = width;
            this.plain = plain;
        }

        boolean sharesBracketWith(Range other) {
            return !plain && !other.plain && prefix.equals(other.prefix);
        }

        String numbers() {
            return lo == hi ? pad(lo, width) : pad(lo, width) + "-" + pad(hi, width);
        }
    }

    private static void push(List<Range> ranges, HostName host) {
        if (!host.numbered()) {
            ranges.add(new Range(host.full(), 0, 0, true));
            return;
        }
        if (!ranges.isEmpty()) {
            Range tail = ranges.get(ranges.size() - 1);
            // The host joins the range if printing its number with the range's padding gives
            // back exactly the name: pi9 + pi10 -> pi[9-10], but pi1 + pi02 stay apart.
            if (!tail.plain && tail.prefix.equals(host.prefix()) && tail.hi + 1 == host.number()
                    && pad(host.number(), tail.width).length() == host.width()) {
                tail.hi = host.number();
                return;
            }
        }
        ranges.add(new Range(host.prefix(), host.number(), host.width(), false));
    }

    private static String render(List<Range> ranges) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ranges.size()) {
            if (out.length() > 0) {
                out.append(',');
            }
            Range first = ranges.get(i);
            if (first.plain) {
                out.append(first.prefix);
                i++;
                continue;
            }
            boolean bracket = first.hi > first.lo
                    || (i + 1 < ranges.size() && first.sharesBracketWith(ranges.get(i + 1)));
            out.append(first.prefix);
            if (!bracket) {
                out.append(first.numbers());
                i++;
                continue;
            }
            out.append('[').append(first.numbers());
            i++;
            while (i < ranges.size() && ranges.get(i).sharesBracketWith(ranges.get(i - 1))) {
                out.append(',').append(ranges.get(i).numbers());
                i++;
            }
            out.append(']');
        }
        return out.toString();
    }

    private static String pad(long number, int width) {
        String digits = Long.toString(number);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
