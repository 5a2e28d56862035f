package org.pilab.node.coreutils;

import java.util.List;
import java.util.Set;

import org.pilab.node.fs.Errno;
import org.pilab.node.fs.FileModes;
import org.pilab.node.fs.FileStat;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.fs.VirtualFileSystem;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/** cp, mv, rm, mkdir, rmdir, touch, chmod, chown, ln with GNU coreutils' messages. */
public final class FileCommands {

    private FileCommands() {
    }

    public static int cp(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "rRpfavi", "", Set.of("recursive", "preserve"));
        if (!f.ok()) {
            return usage(inv, f, "cp");
        }
        List<String> ops = f.operands();
        if (ops.size() < 2) {
            inv.err().println(ops.isEmpty() ? "cp: missing file operand" : "cp: missing destination file operand after '" + ops.get(0) + "'");
            inv.err().println("Try 'cp --help' for more information.");
            return 1;
        }
        boolean recursive = f.has('r') || f.has('R') || f.has('a');
        boolean preserve = f.has('p') || f.has('a');
        String dest = inv.abs(ops.get(ops.size() - 1));
        boolean destIsDir = inv.fs().isDirectory(dest);
        if (ops.size() > 2 && !destIsDir) {
            inv.err().println("cp: target '" + ops.get(ops.size() - 1) + "' is not a directory");
            return 1;
        }
        int status = 0;
        for (String src : ops.subList(0, ops.size() - 1)) {
            String from = inv.abs(src);
            String to = destIsDir ? PathNames.join(dest, PathNames.baseName(from)) : dest;
            status |= copy(inv, src, from, to, recursive, preserve);
        }
        return status;
    }

    private static int copy(Invocation inv, String shown, String from, String to, boolean recursive, boolean preserve) {
        VirtualFileSystem fs = inv.fs();
        FsCredentials c = inv.creds();
        FileStat st;
        try {
            st = fs.stat(from, c);
        } catch (FsException e) {
            inv.err().println("cp: cannot stat '" + shown + "': " + e.reason());
            return 1;
        }
        if (st.isDirectory()) {
            if (!recursive) {
                inv.err().println("cp: -r not specified; omitting directory '" + shown + "'");
                return 1;
            }
            try {
                if (!fs.isDirectory(to)) {
                    fs.mkdir(to, c, st.mode());
                }
                int status = 0;
                for (String n : fs.list(from, c)) {
                    status |= copy(inv, PathNames.join(shown, n), PathNames.join(from, n), PathNames.join(to, n), true, preserve);
                }
                return status;
            } catch (FsException e) {
                inv.err().println("cp: cannot create directory '" + to + "': " + e.reason());
                return 1;
            }
        }
        String content;
        try {
            content = fs.read(from, c);
        } catch (FsException e) {
            inv.err().println("cp: cannot open '" + shown + "' for reading: " + e.reason());
            return 1;
        }
        try {
            boolean existed = fs.exists(to, c);
            fs.write(to, content, c, st.mode() & 0777 & ~0022);
            if (preserve || !existed) {
                if (preserve) {
                    fs.chmod(to, st.mode(), c);
                    if (c.isRoot()) {
                        fs.chown(to, st.uid(), st.gid(), c);
                    }
                }
            }
        } catch (FsException e) {
            inv.err().println("cp: cannot create regular file '" + to + "': " + e.reason());
            return 1;
        }
        return 0;
    }

    public static int mv(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "fivn", "", Set.of());
        if (!f.ok()) {
            return usage(inv, f, "mv");
        }
        List<String> ops = f.operands();
        if (ops.size() < 2) {
            inv.err().println(ops.isEmpty() ? "mv: missing file operand" : "mv: missing destination file operand after '" + ops.get(0) + "'");
            inv.err().println("Try 'mv --help' for more information.");
            return 1;
        }
        String dest = inv.abs(ops.get(ops.size() - 1));
        int status = 0;
        for (String src : ops.subList(0, ops.size() - 1)) {
            try {
                if (!inv.fs().exists(inv.abs(src), inv.creds())) {
                    inv.err().println("mv: cannot stat '" + src + "': No such file or directory");
                    status = 1;
                    continue;
                }
                inv.fs().rename(inv.abs(src), dest, inv.creds());
            } catch (FsException e) {
                inv.err().println("mv: cannot move '" + src + "' to '" + ops.get(ops.size() - 1) + "': " + e.reason());
                status = 1;
            }
        }
        return status;
    }

    public static int rm(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "rRfiv", "", Set.of("recursive", "force"));
        if (!f.ok()) {
            return usage(inv, f, "rm");
        }
        boolean force = f.has('f') || f.hasLong("force");
        boolean recursive = f.has('r') || f.has('R') || f.hasLong("recursive");
        if (f.operands().isEmpty() && !force) {
            inv.err().println("rm: missing operand");
            inv.err().println("Try 'rm --help' for more information.");
            return 1;
        }
        int status = 0;
        for (String t : f.operands()) {
            String path = inv.abs(t);
            try {
                if (inv.fs().statIfExists(path).isEmpty() && !inv.fs().exists(PathNames.parent(path))) {
                    throw new FsException(Errno.ENOENT, path);
                }
                if (path.equals("/")) {
                    inv.err().println("rm: it is dangerous to operate recursively on '/'");
                    inv.err().println("rm: use --no-preserve-root to override this failsafe");
                    status = 1;
                    continue;
                }
                inv.fs().remove(path, inv.creds(), recursive);
            } catch (FsException e) {
                if (force && e.errno() == Errno.ENOENT) {
                    continue;
                }
                inv.err().println("rm: cannot remove '" + t + "': " + e.reason());
                status = 1;
            }
        }
        return status;
    }

    public static int mkdir(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "pv", "m", Set.of("parents"));
        if (!f.ok()) {
            return usage(inv, f, "mkdir");
        }
        if (f.operands().isEmpty()) {
            inv.err().println("mkdir: missing operand");
            inv.err().println("Try 'mkdir --help' for more information.");
            return 1;
        }
        int mode = f.has('m') ? FileModes.apply(f.value('m', "755"), 0777, true) : 0755;
        int status = 0;
        for (String d : f.operands()) {
            try {
                if (f.has('p') || f.hasLong("parents")) {
                    inv.fs().mkdirs(inv.abs(d), inv.creds(), mode);
                } else {
                    inv.fs().mkdir(inv.abs(d), inv.creds(), mode);
                }
            } catch (FsException e) {
                inv.err().println("mkdir: cannot create directory \u2018" + d + "\u2019: " + e.reason());
                status = 1;
            }
        }
        return status;
    }

    public static int rmdir(Invocation inv) {
        int status = 0;
        for (String d : inv.args()) {
            try {
                inv.fs().rmdir(inv.abs(d), inv.creds());
            } catch (FsException e) {
                inv.err().println("rmdir: failed to remove '" + d + "': " + e.reason());
                status = 1;
            }
        }
        return status;
    }

    public static int touch(Invocation inv) {
        if (inv.args().isEmpty()) {
            inv.err().println("touch: missing file operand");
            inv.err().println("Try 'touch --help' for more information.");
            return 1;
        }
        int status = 0;
        for (String t : inv.args()) {
            try {
                inv.fs().touch(inv.abs(t), inv.creds());
            } catch (FsException e) {
                inv.err().println("touch: cannot touch '" + t + "': " + e.reason());
                status = 1;
            }
        }
        return status;
    }

    public static int chmod(Invocation inv) {
        List<String> args = inv.args().stream().filter(a -> !a.equals("-R")).toList();
        if (args.size() < 2) {
            inv.err().println(args.isEmpty() ? "chmod: missing operand" : "chmod: missing operand after '" + args.get(0) + "'");
            inv.err().println("Try 'chmod --help' for more information.");
            return 1;
        }
        String spec = args.get(0);
        int status = 0;
        for (String t : args.subList(1, args.size())) {
            String path = inv.abs(t);
            try {
                FileStat st = inv.fs().stat(path, inv.creds());
                int mode = FileModes.apply(spec, st.mode(), st.isDirectory());
                inv.fs().chmod(path, mode, inv.creds());
            } catch (IllegalArgumentException e) {
                inv.err().println("chmod: " + e.getMessage());
                inv.err().println("Try 'chmod --help' for more information.");
                return 1;
            } catch (FsException e) {
                if (e.errno() == Errno.EPERM) {
                    inv.err().println("chmod: changing permissions of '" + t + "': Operation not permitted");
                } else {
                    inv.err().println("chmod: cannot access '" + t + "': " + e.reason());
                }
                status = 1;
            }
        }
        return status;
    }

    public static int chown(Invocation inv) {
        boolean recursive = inv.args().contains("-R");
        List<String> args = inv.args().stream().filter(a -> !a.equals("-R")).toList();
        if (args.size() < 2) {
            inv.err().println(args.isEmpty() ? "chown: missing operand" : "chown: missing operand after '" + args.get(0) + "'");
            inv.err().println("Try 'chown --help' for more information.");
            return 1;
        }
        String spec = args.get(0);
        String userPart = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec.contains(".") ? spec.substring(0, spec.indexOf('.')) : spec;
        String groupPart = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : null;
        int uid = -1;
        int gid = -1;
        if (!userPart.isEmpty()) {
            var a = inv.host().accounts().user(userPart);
            if (a.isEmpty()) {
                inv.err().println("chown: invalid user: \u2018" + spec + "\u2019");
                return 1;
            }
            uid = a.get().uid();
            if (groupPart != null && groupPart.isEmpty()) {
                gid = a.get().gid();
            }
        }
        if (groupPart != null && !groupPart.isEmpty()) {
            var g = inv.host().accounts().group(groupPart);
            if (g.isEmpty()) {
                inv.err().println("chown: invalid group: \u2018" + spec + "\u2019");
                return 1;
            }
            gid = g.get().gid();
        }
        int status = 0;
        for (String t : args.subList(1, args.size())) {
            status |= chownPath(inv, t, inv.abs(t), uid, gid, recursive);
        }
        return status;
    }

    private static int chownPath(Invocation inv, String shown, String path, int uid, int gid, boolean recursive) {
        try {
            inv.fs().chown(path, uid, gid, inv.creds());
            int status = 0;
            if (recursive && inv.fs().isDirectory(path)) {
                for (String n : inv.fs().list(path, inv.creds())) {
                    status |= chownPath(inv, PathNames.join(shown, n), PathNames.join(path, n), uid, gid, true);
                }
            }
            return status;
        } catch (FsException e) {
            if (e.errno() == Errno.EPERM) {
                inv.err().println("chown: changing ownership of '" + shown + "': Operation not permitted");
            } else {
                inv.err().println("chown: cannot access '" + shown + "': " + e.reason());
            }
            return 1;
        }
    }

    public static int ln(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "sfv", "", Set.of());
        if (!f.ok() || !f.has('s') || f.operands().size() != 2) {
            inv.err().println("ln: only 'ln -s TARGET LINK_NAME' is supported in the lab");
            return 1;
        }
        String link = inv.abs(f.operands().get(1));
        if (inv.fs().isDirectory(link)) {
            link = PathNames.join(link, PathNames.baseName(f.operands().get(0)));
        }
        try {
            if (f.has('f') && inv.fs().statIfExists(link).isPresent()) {
                inv.fs().remove(link, inv.creds(), false);
            }
            inv.fs().symlink(f.operands().get(0), link, inv.creds());
            return 0;
        } catch (FsException e) {
            inv.err().println("ln: failed to create symbolic link '" + f.operands().get(1) + "': " + e.reason());
            return 1;
        }
    }

    static int usage(Invocation inv, Flags f, String tool) {
        inv.err().println(f.error(tool));
        inv.err().println("Try '" + tool + " --help' for more information.");
        return 1;
    }
}
