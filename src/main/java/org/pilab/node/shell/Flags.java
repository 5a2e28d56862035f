package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

/**
 * getopt-style parsing of short flags ({@code -la}, {@code -n 5}, {@code -n5}) and a few long
 * ones, with GNU's error lines for an unknown option.
 */
public final class Flags {

    private final Set<Character> set = new LinkedHashSet<>();
    private final Map<Character, String> values = new HashMap<>();
    private final Set<String> longFlags = new LinkedHashSet<>();
    private final List<String> operands = new ArrayList<>();
    private final String badOption;

    private Flags(String badOption) {
        this.badOption = badOption;
    }

    /**
     * @param known          single-letter flags without a value
     * @param withValue      single-letter flags that take a value
     * @param knownLong      accepted {@code --long} flags (without the dashes)
     */
    public static Flags parse(List<String> args, String known, String withValue, Set<String> knownLong) {
        Flags f = null;
        List<String> operands = new ArrayList<>();
        Set<Character> set = new LinkedHashSet<>();
        Map<Character, String> values = new HashMap<>();
        Set<String> longs = new LinkedHashSet<>();
        boolean endOfFlags = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (endOfFlags || !a.startsWith("-") || a.equals("-")) {
                operands.add(a);
                continue;
            }
            if (a.equals("--")) {
                endOfFlags = true;
                continue;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String base = name.contains("=") ? name.substring(0, name.indexOf('=')) : name;
                if (!knownLong.contains(base)) {
                    return withError(a);
                }
                longs.add(name);
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (withValue.indexOf(c) >= 0) {
                    String value = j + 1 < a.length() ? a.substring(j + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                    if (value == null) {
                        return withError("-" + c + "\u0000missing");
                    }
                    values.put(c, value);
                    set.add(c);
                    break;
                }
                if (known.indexOf(c) < 0) {
                    return withError("-" + c);
                }
                set.add(c);
            }
        }
        f = new Flags(null);
        f.set.addAll(set);
        f.values.putAll(values);
        f.longFlags.addAll(longs);
        f.operands.addAll(operands);
        return f;
    }

    private static Flags withError(String bad) {
        return new Flags(bad);
    }

    public boolean ok() {
        return badOption == null;
    }

    /**
     * GNU's complaint: {@code ls: invalid option -- 'z'} or {@code ls: unrecognized option '--foo'}
     * or {@code head: option requires an argument -- 'n'}.
     */
    public String error(String tool) {
        if (badOption.endsWith("\u0000missing")) {
            return tool + ": option requires an argument -- '" + badOption.charAt(1) + "'";
        }
        if (badOption.startsWith("--")) {
            return tool + ": unrecognized option '" + badOption + "'";
        }
        return tool + ": invalid option -- '" + badOption.substring(1) + "'";
    }

    public boolean has(char c) {
        return set.contains(c);
    }

    public boolean hasLong(String name) {
        return longFlags.stream().anyMatch(l -> l.equals(name) || l.startsWith(name + "="));
    }

    public String value(char c, String fallback) {
        return values.getOrDefault(c, fallback);
    }

    public List<String> operands() {
        return operands;
    }
}
