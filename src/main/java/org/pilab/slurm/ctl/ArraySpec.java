package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A parsed {@code --array} value: task indices ({@code 0-31}, {@code 1,3,5}, {@code 1-7:2}) and
 * the optional {@code %N} cap on tasks running at once (0 = no cap).
 */
public record ArraySpec(List<Integer> indices, int maxRunning) {

    public ArraySpec {
        indices = List.copyOf(indices);
    }

    /**
     * Parses an --array value.
     *
     * @param maxArraySize MaxArraySize: every index must be below it
     * @throws IllegalArgumentException for anything SLURM would call an invalid specification
     */
    public static ArraySpec parse(String text, int maxArraySize) {
        String body = text.trim();
        int cap = 0;
        int pct = body.indexOf('%');
        if (pct >= 0) {
            cap = parseInt(body.substring(pct + 1), text);
            body = body.substring(0, pct);
            if (cap <= 0) {
                throw new IllegalArgumentException("bad throttle in " + text);
            }
        }
        TreeSet<Integer> ids = new TreeSet<>();
        for (String part : body.split(",")) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty element in " + text);
            }
            int step = 1;
            int colon = part.indexOf(':');
            if (colon >= 0) {
                step = parseInt(part.substring(colon + 1), text);
                part = part.substring(0, colon);
                if (step <= 0) {
                    throw new IllegalArgumentException("bad step in " + text);
                }
            }
            int dash = part.indexOf('-');
            int lo;
            int hi;
            if (dash >= 0) {
                lo = parseInt(part.substring(0, dash), text);
                hi = parseInt(part.substring(dash + 1), text);
            } else {
                lo = parseInt(part, text);
                hi = lo;
            }
            if (lo < 0 || hi < lo || hi >= maxArraySize) {
                throw new IllegalArgumentException("index out of range in " + text);
            }
            for (int i = lo; i <= hi; i += step) {
                ids.add(i);
            }
        }
        return new ArraySpec(new ArrayList<>(ids), cap);
    }

    private static int parseInt(String s, String text) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in " + text);
        }
    }

    /** Compresses task ids the way squeue prints them: {@code 1-3,5,7-11:2} is not used; runs only. */
    public static String ranges(List<Integer> sorted) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(sorted.get(i));
            if (j > i) {
                sb.append('-').append(sorted.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
