package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SLURM host-list syntax ({@code pi[01-04]}, {@code pi[01,03-04]}, {@code pi01,pi02}): expand to
 * names and compress back, keeping zero padding as hostlist.c does. Kept inside the controller
 * package so the controller compiles on its own; it follows the same rules as the shared codec.
 */
public final class HostList {

    private HostList() {
    }

    /** Expands a host-list expression into host names, in order. */
    public static List<String> expand(String expr) {
        List<String> out = new ArrayList<>();
        if (expr == null || expr.isBlank()) {
            return out;
        }
        for (String part : splitTopLevel(expr.trim())) {
            int open = part.indexOf('[');
            if (open < 0) {
                out.add(part);
                continue;
            }
            int close = part.indexOf(']', open);
            if (close < 0) {
                throw new IllegalArgumentException("Invalid hostlist: " + expr + " (unclosed '[')");
            }
            String prefix = part.substring(0, open);
            String suffix = part.substring(close + 1);
            for (String range : part.substring(open + 1, close).split(",")) {
                int dash = range.indexOf('-');
                if (dash < 0) {
                    out.add(prefix + range + suffix);
                    continue;
                }
                String lo = range.substring(0, dash);
                String hi = range.substring(dash + 1);
                int width = lo.length();
                int a = parseIndex(lo, expr);
                int b = parseIndex(hi, expr);
                if (b < a) {
                    throw new IllegalArgumentException("Invalid hostlist: " + expr + " (range " + range + " runs backwards)");
                }
                for (int i = a; i <= b; i++) {
                    out.add(prefix + pad(i, width) + suffix);
                }
            }
        }
        return out;
    }

    private static int parseIndex(String s, String expr) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid hostlist: " + expr + " (\"" + s + "\" is not a number)");
        }
    }

    private static List<String> splitTopLevel(String expr) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : expr.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                if (!cur.isEmpty()) {
                    parts.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) {
            parts.add(cur.toString());
        }
        return parts;
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /**
     * Compresses names into SLURM's ranged form. Hosts sharing a prefix and digit width are
     * merged in numeric order ({@code pi[01-03,05]}); a lone host keeps its plain name.
     */
    public static String compress(List<String> names) {
        Map<String, List<int[]>> groups = new LinkedHashMap<>();
        Map<String, List<String>> plainByKey = new LinkedHashMap<>();
        for (String name : names) {
            int i = name.length();
            while (i > 0 && Character.isDigit(name.charAt(i - 1))) {
                i--;
            }
            if (i == name.length()) {
                plainByKey.computeIfAbsent("\0" + name, k -> new ArrayList<>()).add(name);
                groups.putIfAbsent("\0" + name, null);
                continue;
            }
            String prefix = name.substring(0, i);
            String digits = name.substring(i);
            String key = prefix + "\u0001" + digits.length();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {Integer.parseInt(digits)});
        }
        List<String> pieces = new ArrayList<>();
        for (Map.Entry<String, List<int[]>> g : groups.entrySet()) {
            if (g.getValue() == null) {
                pieces.add(g.getKey().substring(1));
                continue;
            }
            int sep = g.getKey().indexOf('\u0001');
            String prefix = g.getKey().substring(0, sep);
            int width = Integer.parseInt(g.getKey().substring(sep + 1));
            int[] nums = g.getValue().stream().mapToInt(a -> a[0]).sorted().distinct().toArray();
            if (nums.length == 1) {
                pieces.add(prefix + pad(nums[0], width));
                continue;
            }
            StringBuilder sb = new StringBuilder(prefix).append('[');
            int start = 0;
            for (int k = 1; k <= nums.length; k++) {
                if (k == nums.length || nums[k] != nums[k - 1] + 1) {
                    if (start > 0) {
                        sb.append(',');
                    }
                    sb.append(pad(nums[start], width));
                    if (k - 1 > start) {
                        sb.append('-').append(pad(nums[k - 1], width));
                    }
                    start = k;
                }
            }
            pieces.add(sb.append(']').toString());
        }
        return String.join(",", pieces);
    }
}
