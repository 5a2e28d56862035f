package org.pilab.node.imaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML subset cloud-config and netplan files use: nested maps and lists by indentation,
 * {@code - item} lists (of scalars or maps), inline {@code [a, b]} lists, quoted and plain
 * scalars, comments, and {@code |} block text. Values come back as Map, List or String.
 */
public final class MiniYaml {

    private record Line(int indent, String text, int number) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final String fileName;
    private int pos;

    private MiniYaml(String text, String fileName) {
        this.fileName = fileName;
        String[] raw = text.split("\n");
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i];
            String stripped = stripComment(l);
            if (stripped.isBlank()) {
                continue;
            }
            int indent = 0;
            while (indent < l.length() && l.charAt(indent) == ' ') {
                indent++;
            }
            lines.add(new Line(indent, stripped.strip(), i + 1));
        }
    }

    /**
     * Parses {@code text}; {@code fileName} appears in errors.
     *
     * @throws IllegalArgumentException naming the file and line that cannot be read
     */
    public static Object parse(String text, String fileName) {
        MiniYaml y = new MiniYaml(text, fileName);
        if (y.lines.isEmpty()) {
            return new LinkedHashMap<String, Object>();
        }
        return y.block(y.lines.get(0).indent());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    public static String string(Object o, String fallback) {
        return o instanceof String s ? s : fallback;
    }

    private Object block(int indent) {
        if (lines.get(pos).text().startsWith("- ") || lines.get(pos).text().equals("-")) {
            return list(indent);
        }
        return map(indent);
    }

    private List<Object> list(int indent) {
        List<Object> out = new ArrayList<>();
        while (pos < lines.size() && lines.get(pos).indent() == indent && lines.get(pos).text().startsWith("-")) {
            Line l = lines.get(pos);
            String rest = l.text().length() > 1 ? l.text().substring(1).strip() : "";
            if (rest.isEmpty()) {
                pos++;
                out.add(pos < lines.size() && lines.get(pos).indent() > indent ? block(lines.get(pos).indent()) : "");
            } else if (isKeyValue(rest)) {
                // "- name: pi" starts a map whose other keys are indented under the dash's content
                int inner = indent + (l.text().length() - l.text().substring(1).stripLeading().length());
                lines.set(pos, new Line(inner, rest, l.number()));
                out.add(map(inner));
            } else {
                pos++;
                out.add(scalar(rest, l.number()));
            }
        }
        return out;
    }

    private Map<String, Object> map(int indent) {
        Map<String, Object> out = new LinkedHashMap<>();
        while (pos < lines.size() && lines.get(pos).indent() == indent && !lines.get(pos).text().startsWith("- ")) {
            Line l = lines.get(pos);
            if (!isKeyValue(l.text())) {
                throw new IllegalArgumentException(fileName + " line " + l.number() + ": expected 'key: value', got: " + l.text());
            }
            int colon = keyColon(l.text());
            String key = unquote(l.text().substring(0, colon).strip());
            String value = l.text().substring(colon + 1).strip();
            pos++;
            if (value.equals("|") || value.equals(">")) {
                StringBuilder sb = new StringBuilder();
                while (pos < lines.size() && lines.get(pos).indent() > indent) {
                    sb.append(lines.get(pos++).text()).append('\n');
                }
                out.put(key, sb.toString());
            } else if (!value.isEmpty()) {
                out.put(key, scalar(value, l.number()));
            } else if (pos < lines.size() && (lines.get(pos).indent() > indent
                    || (lines.get(pos).indent() == indent && lines.get(pos).text().startsWith("-")))) {
                out.put(key, block(lines.get(pos).indent()));
            } else {
                out.put(key, "");
            }
        }
        return out;
    }

    private Object scalar(String v, int number) {
        if (v.startsWith("[") && v.endsWith("]")) {
            List<Object> items = new ArrayList<>();
            String inner = v.substring(1, v.length() - 1).strip();
            if (!inner.isEmpty()) {
                for (String part : inner.split(",")) {
                    items.add(unquote(part.strip()));
                }
            }
            return items;
        }
        if (v.startsWith("{") && v.endsWith("}")) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String part : v.substring(1, v.length() - 1).split(",")) {
                int c = part.indexOf(':');
                if (c > 0) {
                    m.put(unquote(part.substring(0, c).strip()), unquote(part.substring(c + 1).strip()));
                }
            }
            return m;
        }
        if ((v.startsWith("\"") && !v.endsWith("\"")) || (v.startsWith("'") && !v.endsWith("'"))) {
            throw new IllegalArgumentException(fileName + " line " + number + ": unterminated quoted string: " + v);
        }
        return unquote(v);
    }

    private static boolean isKeyValue(String t) {
        return keyColon(t) > 0;
    }

    /** Index of the colon ending a key (a colon followed by space or end), outside quotes. */
    private static int keyColon(String t) {
        boolean inQuote = false;
        char q = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '"' || c == '\'') && (!inQuote || c == q)) {
                inQuote = !inQuote;
                q = c;
            } else if (c == ':' && !inQuote && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String stripComment(String line) {
        boolean inQuote = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                inQuote = !inQuote;
            } else if (c == '#' && !inQuote && (i == 0 || line.charAt(i - 1) == ' ')) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
