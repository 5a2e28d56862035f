package org.pilab.node.ssh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pilab.node.fs.VirtualFileSystem;

/**
 * The settings a running sshd loaded: read when it starts, so editing sshd_config changes
 * nothing until {@code systemctl restart ssh}. As in sshd, the FIRST value of a keyword wins
 * and the Include of sshd_config.d/*.conf at the top of Debian's file comes first.
 */
public record SshdSettings(boolean passwordAuthentication, boolean pubkeyAuthentication, String permitRootLogin) {

    public static SshdSettings read(VirtualFileSystem fs) {
        Map<String, String> values = new HashMap<>();
        readFile(fs, "/etc/ssh/sshd_config", values, 0);
        return new SshdSettings(
                !"no".equalsIgnoreCase(values.getOrDefault("passwordauthentication", "yes")),
                !"no".equalsIgnoreCase(values.getOrDefault("pubkeyauthentication", "yes")),
                values.getOrDefault("permitrootlogin", "prohibit-password"));
    }

    private static void readFile(VirtualFileSystem fs, String path, Map<String, String> values, int depth) {
        String text = fs.readOr(path, "");
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("\\s+", 2);
            String key = kv[0].toLowerCase(Locale.ROOT);
            String value = kv.length > 1 ? kv[1].strip() : "";
            if (key.equals("include") && depth < 3) {
                for (String file : expand(fs, value)) {
                    readFile(fs, file, values, depth + 1);
                }
            } else {
                values.putIfAbsent(key, value);
            }
        }
    }

    private static List<String> expand(VirtualFileSystem fs, String pattern) {
        List<String> out = new ArrayList<>();
        int star = pattern.lastIndexOf('/');
        String dir = pattern.substring(0, Math.max(star, 1));
        String glob = pattern.substring(star + 1);
        if (!glob.contains("*")) {
            out.add(pattern);
            return out;
        }
        String suffix = glob.substring(glob.indexOf('*') + 1);
        String prefix = glob.substring(0, glob.indexOf('*'));
        for (String name : fs.listOrEmpty(dir)) {
            if (name.startsWith(prefix) && name.endsWith(suffix)) {
                out.add(dir + "/" + name);
            }
        }
        return out;
    }
}
