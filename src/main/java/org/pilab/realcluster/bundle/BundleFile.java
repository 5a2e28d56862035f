package org.pilab.realcluster.bundle;

/**
 * One file of a bundle.
 *
 * @param path relative to the bundle's folder, '/'-separated
 * @param executable written with mode 0755 instead of 0644
 */
public record BundleFile(String path, String content, boolean executable) {

    public BundleFile {
        if (path.startsWith("/") || path.contains("..") || path.isBlank()) {
            throw new IllegalArgumentException("bundle path must be relative and inside the bundle: " + path);
        }
    }

    public static BundleFile text(String path, String content) {
        return new BundleFile(path, content, false);
    }

    public static BundleFile script(String path, String content) {
        return new BundleFile(path, content, true);
    }
}
