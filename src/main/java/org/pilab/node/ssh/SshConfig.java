package org.pilab.node.ssh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The options ssh uses for one destination, read as OpenSSH does: {@code -o} options first,
 * then the {@code Host}/{@code Match} blocks of ~/.ssh/config in order; for each keyword the
 * FIRST value found wins (so specific blocks belong above {@code Host *}). HostName's
 * {@code %h} is the name typed on the command line and {@code %%} a literal percent sign.
 */
public final class SshConfig {

    private final Map<String, String> values;

    private SshConfig(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param typedHost          the host as given on the command line (without user@)
     * @param commandLineOptions {@code -o} arguments in order ({@code Key=Value} or {@code Key Value})
     * @param configText         the client configuration file's text ("" when there is none)
     */
    public static SshConfig resolve(String typedHost, List<String> commandLineOptions, String configText) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String o : commandLineOptions) {
            keywordAndValue(o).ifPresent(kv -> values.putIfAbsent(kv[0], kv[1]));
        }
        boolean matching = true; // lines before the first Host/Match apply to every host
        for (String raw : configText.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Optional<String[]> kv = keywordAndValue(line);
            if (kv.isEmpty()) {
                continue;
            }
            String key = kv.get()[0];
            String value = kv.get()[1];
            switch (key) {
                case "host" -> matching = hostMatches(value, typedHost);
                case "match" -> matching = matchMatches(value, typedHost, values);
                default -> {
                    if (matching) {
                        values.putIfAbsent(key, value);
                    }
                }
            }
        }
        return new SshConfig(values);
    }

    /** A keyword's value as written (keyword is case-insensitive), if any source set it. */
    public Optional<String> value(String keyword) {
        return Optional.ofNullable(values.get(keyword.toLowerCase(Locale.ROOT)));
    }

    /** A yes/no option; {@code fallback} when unset. */
    public boolean flag(String keyword, boolean fallback) {
        return value(keyword).map(v -> v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true")).orElse(fallback);
    }

    /** The name to connect to: HostName with %h and %% expanded, else the typed name. */
    public String hostName(String typedHost) {
        return value("HostName").map(h -> expandHostName(h, typedHost)).orElse(typedHost);
    }

    /** OpenSSH allows only %% and %h in HostName; other tokens are left as typed. */
    static String expandHostName(String pattern, String typedHost) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length()) {
                char t = pattern.charAt(i + 1);
                if (t == 'h') {
                    sb.append(typedHost);
                    i++;
                    continue;
                }
                if (t == '%') {
                    sb.append('%');
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code Keyword value}, {@code Keyword=value} or {@code Keyword = value}; quotes around the value dropped. */
    private static Optional<String[]> keywordAndValue(String line) {
        String s = line.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '=') {
            end++;
        }
        if (end == 0) {
            return Optional.empty();
        }
        String key = s.substring(0, end).toLowerCase(Locale.ROOT);
        String rest = s.substring(end).strip();
        if (rest.startsWith("=")) {
            rest = rest.substring(1).strip();
        }
        if (rest.length() >= 2 && rest.startsWith("\"") && rest.endsWith("\"")) {
            rest = rest.substring(1, rest.length() - 1);
        }
        return rest.isEmpty() ? Optional.empty() : Optional.of(new String[] {key, rest});
    }

    /** ssh_config's Host patterns: space-separated, * and ? wildcards, a matching {@code !pattern} vetoes. */
    static boolean hostMatches(String patterns, String host) {
        boolean positive = false;
        for (String p : patterns.split("[\\s,]+")) {
            boolean negated = p.startsWith("!");
            if (glob(negated ? p.substring(1) : p, host)) {
                if (negated) {
                    return false;
                }
                positive = true;
            }
        }
        return positive;
    }

    /** {@code Match all} and {@code Match host PATTERNS}; other criteria are not evaluated here, so they do not match. */
    private static boolean matchMatches(String criteria, String typedHost, Map<String, String> sofar) {
        List<String> words = new ArrayList<>(List.of(criteria.split("\\s+")));
        if (words.size() == 1 && words.get(0).equalsIgnoreCase("all")) {
            return true;
        }
        boolean all = !words.isEmpty();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            boolean negate = w.startsWith("!");
            w = negate ? w.substring(1) : w;
            if (w.equals("host") && i + 1 < words.size()) {
                String target = sofar.containsKey("hostname") ? expandHostName(sofar.get("hostname"), typedHost) : typedHost;
                all &= hostMatches(words.get(++i), target) != negate;
            } else if (w.equals("originalhost") && i + 1 < words.size()) {
                all &= hostMatches(words.get(++i), typedHost) != negate;
            } else {
                return false;
            }
        }
        return all;
    }

    /** Host names compare case-insensitively, as OpenSSH lowercases them. */
    private static boolean glob(String pattern, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return name.toLowerCase(Locale.ROOT).matches(regex.toString());
    }
}
