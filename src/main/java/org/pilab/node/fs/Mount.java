package org.pilab.node.fs;

/**
 * A file system attached at {@code mountPoint}. For NFS, {@code root} is the exporting host's
 * own directory object, which is what makes the share the same files everywhere.
 *
 * @param rootSquash whether uid 0 on this host acts as nobody on the share (NFS default)
 */
public record Mount(String mountPoint, DirInode root, String source, String fsType, String options,
                    boolean rootSquash) {
}
