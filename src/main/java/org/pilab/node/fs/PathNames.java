package org.pilab.node.fs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Pure path arithmetic: absolute, normalised, split. No file-system access. */
public final class PathNames {

    private PathNames() {
    }

    /** {@code path} made absolute against {@code cwd}, with {@code .}, {@code ..} and {@code //} removed. */
    public static String absolute(String cwd, String path) {
        String joined = path.startsWith("/") ? path : cwd + "/" + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }

    public static List<String> components(String absolutePath) {
        List<String> out = new ArrayList<>();
        for (String p : absolutePath.split("/")) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    public static String parent(String absolutePath) {
        int slash = absolutePath.lastIndexOf('/');
        return slash <= 0 ? "/" : absolutePath.substring(0, slash);
    }

    public static String baseName(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    public static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }
}
