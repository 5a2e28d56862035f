package org.pilab.node.fs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * One host's file tree with Unix ownership and permission checks. Every call takes the
 * caller's {@link FsCredentials}: root passes read/write checks, everybody else needs the
 * mode bits, which is why {@code echo x > /etc/hosts} fails without sudo.
 *
 * <p>File systems can be mounted on directories; an NFS mount brings another host's directory
 * object in, and with root_squash root is treated as nobody below it.</p>
 */
public final class VirtualFileSystem {

    private static final int MAX_LINKS = 16;

    private final DirInode root;
    private final LongSupplier clock;
    private final Map<String, Mount> mounts = new TreeMap<>();

    /** @param clock the host's wall time in epoch milliseconds, for modification times */
    public VirtualFileSystem(LongSupplier clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.root = new DirInode(0, 0, 0755, clock.getAsLong());
    }

    /** The root directory object (exported shares hand out their own directories). */
    public DirInode rootInode() {
        return root;
    }

    // ---------------------------------------------------------------- resolution

    /** The result of walking a path: the parent directory, the last name and what it names. */
    private record Walk(DirInode parent, String name, Inode node, String path, FsCredentials creds) {
    }

    private Walk walk(String path, FsCredentials creds, boolean followLast) {
        return walk(path, creds, followLast, 0);
    }

    private Walk walk(String path, FsCredentials creds, boolean followLast, int depth) {
        if (depth > MAX_LINKS) {
            throw new FsException(Errno.ELOOP, path);
        }
        String abs = PathNames.absolute("/", path);
        List<String> parts = PathNames.components(abs);
        DirInode dir = root;
        FsCredentials who = creds;
        String at = "/";
        Mount rootMount = mounts.get("/");
        if (rootMount != null) {
            dir = rootMount.root();
        }
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i);
            if (!may(dir, who, 1)) {
                throw new FsException(Errno.EACCES, abs);
            }
            Inode child = dir.get(name);
            String childPath = PathNames.join(at, name);
            boolean last = i == parts.size() - 1;
            if (child instanceof LinkInode link && (!last || followLast)) {
                String target = PathNames.absolute(at, link.target());
                String rest = last ? "" : "/" + String.join("/", parts.subList(i + 1, parts.size()));
                return walk(target + rest, who, followLast, depth + 1);
            }
            Mount mount = mounts.get(childPath);
            if (mount != null && child instanceof DirInode) {
                child = mount.root();
                if (mount.rootSquash() && who.isRoot()) {
                    who = FsCredentials.NOBODY;
                }
            }
            if (last) {
                return new Walk(dir, name, child, childPath, who);
            }
            if (child == null) {
                throw new FsException(Errno.ENOENT, abs);
            }
            if (!(child instanceof DirInode next)) {
                throw new FsException(Errno.ENOTDIR, abs);
            }
            dir = next;
            at = childPath;
        }
        return new Walk(null, "", dir, "/", who);
    }

    /**
     * access(2): whether {@code creds} may read (4), write (2) or execute (1) the file at
     * {@code path}; false when it does not exist or cannot be reached.
     */
    public boolean access(String path, FsCredentials creds, int want) {
        try {
            return may(existing(path, creds, true), creds, want);
        } catch (FsException e) {
            return false;
        }
    }

    /** Permission check for one of r=4, w=2, x=1 on {@code node}. */
    static boolean may(Inode node, FsCredentials creds, int want) {
        if (creds.isRoot()) {
            return want != 1 || node instanceof DirInode || (node.mode() & 0111) != 0;
        }
        int bits;
        if (creds.uid() == node.uid()) {
            bits = (node.mode() >> 6) & 7;
        } else if (creds.inGroup(node.gid())) {
            bits = (node.mode() >> 3) & 7;
        } else {
            bits = node.mode() & 7;
        }
        return (bits & want) == want;
    }

    private Inode existing(String path, FsCredentials creds, boolean follow) {
        Walk w = walk(path, creds, follow);
        if (w.node() == null) {
            throw new FsException(Errno.ENOENT, path);
        }
        return w.node();
    }

    // ---------------------------------------------------------------- queries

    public boolean exists(String path, FsCredentials creds) {
        try {
            return walk(path, creds, true).node() != null;
        } catch (FsException e) {
            return false;
        }
    }

    /** Existence as root sees it: for daemons and package scripts. */
    public boolean exists(String path) {
        return exists(path, FsCredentials.ROOT);
    }

    public boolean isDirectory(String path) {
        try {
            return walk(path, FsCredentials.ROOT, true).node() instanceof DirInode;
        } catch (FsException e) {
            return false;
        }
    }

    public FileStat stat(String path, FsCredentials creds) {
        return statOf(path, existing(path, creds, true));
    }

    public FileStat lstat(String path, FsCredentials creds) {
        return statOf(path, existing(path, creds, false));
    }

    private static FileStat statOf(String path, Inode n) {
        String target = n instanceof LinkInode l ? l.target() : null;
        return new FileStat(path, n.typeChar(), n.mode(), n.uid(), n.gid(), n.size(), n.mtimeMillis(), target);
    }

    /** Stat as root; empty when the path does not exist. */
    public Optional<FileStat> statIfExists(String path) {
        try {
            return Optional.of(stat(path, FsCredentials.ROOT));
        } catch (FsException e) {
            return Optional.empty();
        }
    }

    public String read(String path, FsCredentials creds) {
        Inode n = existing(path, creds, true);
        if (n instanceof DirInode) {
            throw new FsException(Errno.EISDIR, path);
        }
        Walk w = walk(path, creds, true);
        if (!may(n, w.creds(), 4)) {
            throw new FsException(Errno.EACCES, path);
        }
        return ((FileInode) n).content();
    }

    /** Reads as root. */
    public String read(String path) {
        return read(path, FsCredentials.ROOT);
    }

    /** Reads as root, or returns {@code fallback} if the file is missing. */
    public String readOr(String path, String fallback) {
        try {
            return read(path);
        } catch (FsException e) {
            return fallback;
        }
    }

    /** Names in a directory, sorted. */
    public List<String> list(String path, FsCredentials creds) {
        Walk w = walk(path, creds, true);
        if (w.node() == null) {
            throw new FsException(Errno.ENOENT, path);
        }
        if (!(w.node() instanceof DirInode d)) {
            throw new FsException(Errno.ENOTDIR, path);
        }
        if (!may(d, w.creds(), 4)) {
            throw new FsException(Errno.EACCES, path);
        }
        return new ArrayList<>(d.entries().keySet());
    }

    /** Lists as root; empty when the directory is missing. */
    public List<String> listOrEmpty(String path) {
        try {
            return list(path, FsCredentials.ROOT);
        } catch (FsException e) {
            return List.of();
        }
    }

    /** The directory object at {@code path} (to export it over NFS). */
    public DirInode directory(String path) {
        Inode n = existing(path, FsCredentials.ROOT, true);
        if (!(n instanceof DirInode d)) {
            throw new FsException(Errno.ENOTDIR, path);
        }
        return d;
    }

    // ---------------------------------------------------------------- changes

    /** Creates or truncates a file and writes {@code content}; new files get {@code newMode}. */
    public void write(String path, String content, FsCredentials creds, int newMode) {
        store(path, content, creds, newMode, false);
    }

    /** Writes with mode 0644 for new files. */
    public void write(String path, String content, FsCredentials creds) {
        store(path, content, creds, 0644, false);
    }

    public void append(String path, String content, FsCredentials creds) {
        store(path, content, creds, 0644, true);
    }

    private void store(String path, String content, FsCredentials creds, int newMode, boolean append) {
        Walk w = walk(path, creds, true);
        if (w.node() instanceof DirInode) {
            throw new FsException(Errno.EISDIR, path);
        }
        if (w.node() instanceof FileInode f) {
            if (!may(f, w.creds(), 2)) {
                throw new FsException(Errno.EACCES, path);
            }
            f.content(append ? f.content() + content : content);
            f.touch(clock.getAsLong());
            return;
        }
        if (w.parent() == null) {
            throw new FsException(Errno.EISDIR, path);
        }
        if (!may(w.parent(), w.creds(), 3)) {
            throw new FsException(Errno.EACCES, path);
        }
        FsCredentials owner = w.creds();
        w.parent().put(w.name(), new FileInode(owner.uid(), owner.gid(), newMode, clock.getAsLong(), content));
        w.parent().touch(clock.getAsLong());
    }

    /**
     * Installs a file as a package would: root-written, with the given owner and mode, creating
     * parent directories (0755 root) as needed. Overwrites.
     */
    public void install(String path, String content, int uid, int gid, int mode) {
        mkdirs(PathNames.parent(PathNames.absolute("/", path)), FsCredentials.ROOT, 0755);
        write(path, content, FsCredentials.ROOT, mode);
        Inode n = existing(path, FsCredentials.ROOT, true);
        n.owner(uid, gid);
        n.mode(mode);
    }

    /** Creates a directory owned by root or the given owner (package scripts), with parents. */
    public void installDir(String path, int uid, int gid, int mode) {
        mkdirs(path, FsCredentials.ROOT, mode);
        Inode n = existing(path, FsCredentials.ROOT, true);
        n.owner(uid, gid);
        n.mode(mode);
    }

    public void mkdir(String path, FsCredentials creds, int mode) {
        Walk w = walk(path, creds, true);
        if (w.node() != null) {
            throw new FsException(Errno.EEXIST, path);
        }
        if (!may(w.parent(), w.creds(), 3)) {
            throw new FsException(Errno.EACCES, path);
        }
        FsCredentials owner = w.creds();
        w.parent().put(w.name(), new DirInode(owner.uid(), owner.gid(), mode, clock.getAsLong()));
    }

    /** mkdir -p: creates missing parents; succeeds if the directory already exists. */
    public void mkdirs(String path, FsCredentials creds, int mode) {
        String abs = PathNames.absolute("/", path);
        String at = "";
        for (String part : PathNames.components(abs)) {
            at = at + "/" + part;
            Walk w = walk(at, creds, true);
            if (w.node() == null) {
                mkdir(at, creds, mode);
            } else if (!(w.node() instanceof DirInode)) {
                throw new FsException(Errno.ENOTDIR, at);
            }
        }
    }

    public void symlink(String target, String linkPath, FsCredentials creds) {
        Walk w = walk(linkPath, creds, false);
        if (w.node() != null) {
            throw new FsException(Errno.EEXIST, linkPath);
        }
        if (!may(w.parent(), w.creds(), 3)) {
            throw new FsException(Errno.EACCES, linkPath);
        }
        w.parent().put(w.name(), new LinkInode(w.creds().uid(), w.creds().gid(), clock.getAsLong(), target));
    }

    /** Removes a file or link (not a directory unless {@code recursive}). */
    public void remove(String path, FsCredentials creds, boolean recursive) {
        Walk w = walk(path, creds, false);
        if (w.node() == null) {
            throw new FsException(Errno.ENOENT, path);
        }
        if (w.parent() == null || mounts.containsKey(w.path())) {
            throw new FsException(Errno.EPERM, path);
        }
        if (w.node() instanceof DirInode d) {
            if (!recursive) {
                throw new FsException(Errno.EISDIR, path);
            }
            for (String child : new ArrayList<>(d.entries().keySet())) {
                remove(PathNames.join(w.path(), child), creds, true);
            }
        }
        if (!may(w.parent(), w.creds(), 3) || stickyForbids(w.parent(), w.node(), w.creds())) {
            throw new FsException(Errno.EACCES, path);
        }
        w.parent().remove(w.name());
    }

    private static boolean stickyForbids(DirInode dir, Inode node, FsCredentials creds) {
        return (dir.mode() & 01000) != 0 && !creds.isRoot() && creds.uid() != node.uid() && creds.uid() != dir.uid();
    }

    /** Removes an empty directory (rmdir). */
    public void rmdir(String path, FsCredentials creds) {
        Walk w = walk(path, creds, false);
        if (w.node() == null) {
            throw new FsException(Errno.ENOENT, path);
        }
        if (!(w.node() instanceof DirInode d)) {
            throw new FsException(Errno.ENOTDIR, path);
        }
        if (!d.entries().isEmpty()) {
            throw new FsException(Errno.ENOTEMPTY, path);
        }
        if (!may(w.parent(), w.creds(), 3)) {
            throw new FsException(Errno.EACCES, path);
        }
        w.parent().remove(w.name());
    }

    /** rename(2): moves within this file system (across a mount it copies, like mv). */
    public void rename(String from, String to, FsCredentials creds) {
        Walk src = walk(from, creds, false);
        if (src.node() == null) {
            throw new FsException(Errno.ENOENT, from);
        }
        Walk dst = walk(to, creds, false);
        if (dst.node() instanceof DirInode) {
            dst = walk(PathNames.join(dst.path(), src.name()), creds, false);
        }
        if (!may(src.parent(), src.creds(), 3)) {
            throw new FsException(Errno.EACCES, from);
        }
        if (dst.parent() == null || !may(dst.parent(), dst.creds(), 3)) {
            throw new FsException(Errno.EACCES, to);
        }
        src.parent().remove(src.name());
        dst.parent().put(dst.name(), src.node());
    }

    public void chmod(String path, int mode, FsCredentials creds) {
        Walk w = walk(path, creds, true);
        if (w.node() == null) {
            throw new FsException(Errno.ENOENT, path);
        }
        if (!w.creds().isRoot() && w.creds().uid() != w.node().uid()) {
            throw new FsException(Errno.EPERM, path);
        }
        w.node().mode(mode);
    }

    /** chown: only root may give files away; {@code uid} or {@code gid} -1 leaves it unchanged. */
    public void chown(String path, int uid, int gid, FsCredentials creds) {
        Walk w = walk(path, creds, true);
        if (w.node() == null) {
            throw new FsException(Errno.ENOENT, path);
        }
        Inode n = w.node();
        boolean ownGroupChange = uid == -1 && w.creds().uid() == n.uid() && w.creds().inGroup(gid);
        if (!w.creds().isRoot() && !ownGroupChange) {
            throw new FsException(Errno.EPERM, path);
        }
        n.owner(uid == -1 ? n.uid() : uid, gid == -1 ? n.gid() : gid);
    }

    /** Updates the modification time, creating an empty file if needed (touch). */
    public void touch(String path, FsCredentials creds) {
        Walk w = walk(path, creds, true);
        if (w.node() == null) {
            write(path, "", creds);
            return;
        }
        if (!may(w.node(), w.creds(), 2) && w.creds().uid() != w.node().uid()) {
            throw new FsException(Errno.EACCES, path);
        }
        w.node().touch(clock.getAsLong());
    }

    // ---------------------------------------------------------------- mounts

    public void mount(Mount mount) {
        String point = PathNames.absolute("/", mount.mountPoint());
        if (!isDirectory(point)) {
            throw new FsException(Errno.ENOENT, point);
        }
        mounts.put(point, mount);
    }

    /** Detaches the file system at {@code mountPoint}; the local directory shows again. */
    public Optional<Mount> unmount(String mountPoint) {
        return Optional.ofNullable(mounts.remove(PathNames.absolute("/", mountPoint)));
    }

    public List<Mount> mounts() {
        List<Mount> out = new ArrayList<>(mounts.values());
        out.sort(Comparator.comparing(Mount::mountPoint));
        return out;
    }

    public Optional<Mount> mountAt(String mountPoint) {
        return Optional.ofNullable(mounts.get(PathNames.absolute("/", mountPoint)));
    }
}
