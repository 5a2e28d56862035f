package org.pilab.node.imaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raspberry Pi OS Bookworm's {@code custom.toml}: writing it, and reading the subset of TOML
 * it uses (sections, strings, booleans, numbers, arrays of strings).
 */
public final class CustomToml {

    private CustomToml() {
    }

    static String render(String hostname, String user, String hash, boolean ssh, boolean passwordAuth,
                         List<String> keys, WifiSettings wifi, String timezone, String keymap) {
        StringBuilder sb = new StringBuilder("# Raspberry Pi First Boot Setup\nconfig_version = 1\n\n");
        if (hostname != null) {
            sb.append("[system]\nhostname = \"").append(hostname).append("\"\n\n");
        }
        if (user != null) {
            sb.append("[user]\nname = \"").append(user).append("\"\npassword = \"").append(hash)
                    .append("\"\npassword_encrypted = true\n\n");
        }
        sb.append("[ssh]\nenabled = ").append(ssh).append("\npassword_authentication = ").append(passwordAuth).append('\n');
        if (!keys.isEmpty()) {
            sb.append("authorized_keys = [ ");
            for (int i = 0; i < keys.size(); i++) {
                sb.append(i > 0 ? ", " : "").append('"').append(keys.get(i)).append('"');
            }
            sb.append(" ]\n");
        }
        sb.append('\n');
        if (wifi != null) {
            sb.append("[wlan]\nssid = \"").append(wifi.ssid()).append("\"\npassword = \"").append(wifi.password())
                    .append("\"\npassword_encrypted = false\nhidden = false\ncountry = \"").append(wifi.country())
                    .append("\"\n\n");
        }
        sb.append("[locale]\nkeymap = \"").append(keymap).append("\"\ntimezone = \"").append(timezone).append("\"\n");
        return sb.toString();
    }

    /**
     * Parses custom.toml into section -> key -> value (String, Boolean, Long or List of String).
     *
     * @throws IllegalArgumentException naming the line that is not valid TOML
     */
    public static Map<String, Map<String, Object>> parse(String text) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        String section = "";
        out.put(section, new LinkedHashMap<>());
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                out.computeIfAbsent(section, s -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("custom.toml line " + (i + 1) + ": expected 'key = value', got: " + line);
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            while (value.startsWith("[") && !value.endsWith("]") && i + 1 < lines.length) {
                value += " " + stripComment(lines[++i]).strip();
            }
            out.get(section).put(key, value(value, i + 1));
        }
        return out;
    }

    private static Object value(String v, int line) {
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
        if (v.startsWith("'") && v.endsWith("'") && v.length() >= 2) {
            return v.substring(1, v.length() - 1);
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        if (v.matches("-?\\d+")) {
            return Long.valueOf(v);
        }
        if (v.startsWith("[") && v.endsWith("]")) {
            List<String> items = new ArrayList<>();
            String inner = v.substring(1, v.length() - 1);
            Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'").matcher(inner);
            while (m.find()) {
                items.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            return items;
        }
        throw new IllegalArgumentException("custom.toml line " + line + ": cannot read value " + v
                + " (strings need quotes, e.g. hostname = \"pi01\")");
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (c == '#' && !inString) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
