package org.pilab.node.net;

import java.util.LinkedHashMap;
import java.util.Map;

/** keyfile format of NetworkManager's .nmconnection files: [section] then key=value. */
public final class IniFile {

    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

    private IniFile() {
    }

    public static IniFile parse(String text) {
        IniFile f = new IniFile();
        String section = "";
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                f.sections.computeIfAbsent(section, s -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0) {
                f.sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(line.substring(0, eq).strip(),
                        line.substring(eq + 1).strip());
            }
        }
        return f;
    }

    public String get(String section, String key, String fallback) {
        return sections.getOrDefault(section, Map.of()).getOrDefault(key, fallback);
    }

    public void set(String section, String key, String value) {
        sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(key, value);
    }

    public void remove(String section, String key) {
        Map<String, String> s = sections.get(section);
        if (s != null) {
            s.remove(key);
        }
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> s : sections.entrySet()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append('[').append(s.getKey()).append("]\n");
            s.getValue().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        }
        return sb.toString();
    }
}
