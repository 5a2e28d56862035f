package org.pilab.node.coreutils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pilab.node.fs.Errno;
import org.pilab.node.fs.FileModes;
import org.pilab.node.fs.FileStat;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/**
 * GNU coreutils 9.1 {@code install}: {@code install [-o USER] [-g GROUP] [-m MODE] SRC... DEST}
 * copies (replacing, not overwriting, an existing file, so it gets the new owner and mode),
 * {@code -D} first creates DEST's parents, {@code -d DIR...} creates directories with their
 * parents. The mode defaults to 0755 (rwxr-xr-x); {@code -v} reports each step.
 */
public final class InstallCommand implements Command {

    /** What to give each installed file or directory; -1 keeps the caller's id. */
    private record Target(int uid, int gid, int mode, boolean verbose) {
    }

    @Override
    public int run(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "dDvpcCsb", "ogmtS", Set.of("directory", "verbose", "preserve-timestamps"));
        if (!f.ok()) {
            return FileCommands.usage(inv, f, "install");
        }
        int uid = -1;
        int gid = -1;
        if (f.has('o')) {
            String user = f.value('o', "");
            var a = inv.host().accounts().user(user);
            if (a.isEmpty()) {
                inv.err().println("install: invalid user \u2018" + user + "\u2019");
                return 1;
            }
            uid = a.get().uid();
        }
        if (f.has('g')) {
            String group = f.value('g', "");
            var g = inv.host().accounts().group(group);
            if (g.isEmpty()) {
                inv.err().println("install: invalid group \u2018" + group + "\u2019");
                return 1;
            }
            gid = g.get().gid();
        }
        int mode = 0755;
        if (f.has('m')) {
            try {
                // a symbolic mode is taken relative to no permissions at all
                mode = FileModes.apply(f.value('m', ""), 0, false);
            } catch (IllegalArgumentException e) {
                inv.err().println("install: invalid mode \u2018" + f.value('m', "") + "\u2019");
                return 1;
            }
        }
        Target t = new Target(uid, gid, mode, f.has('v') || f.hasLong("verbose"));
        List<String> ops = f.operands();
        if (f.has('d') || f.hasLong("directory")) {
            if (ops.isEmpty()) {
                return missing(inv, "install: missing file operand");
            }
            int status = 0;
            for (String d : ops) {
                status |= directory(inv, d, t);
            }
            return status;
        }
        if (f.has('t')) {
            // -t DIR: every operand is a source, DIR the target folder (as cp -t)
            ops = new ArrayList<>(ops);
            ops.add(f.value('t', ""));
            if (!inv.fs().isDirectory(inv.abs(f.value('t', "")))) {
                inv.err().println("install: target '" + f.value('t', "") + "' is not a directory");
                return 1;
            }
        }
        if (ops.size() < 2) {
            return missing(inv, ops.isEmpty() ? "install: missing file operand"
                    : "install: missing destination file operand after '" + ops.get(0) + "'");
        }
        String dest = inv.abs(ops.get(ops.size() - 1));
        if (f.has('D') && ops.size() == 2) {
            try {
                inv.fs().mkdirs(PathNames.parent(dest), inv.creds(), 0755);
            } catch (FsException e) {
                inv.err().println("install: cannot create directory \u2018" + PathNames.parent(dest) + "\u2019: " + e.reason());
                return 1;
            }
        }
        boolean destIsDir = inv.fs().isDirectory(dest);
        if (ops.size() > 2 && !destIsDir) {
            inv.err().println("install: target '" + ops.get(ops.size() - 1) + "' is not a directory");
            return 1;
        }
        int status = 0;
        for (String src : ops.subList(0, ops.size() - 1)) {
            String from = inv.abs(src);
            String to = destIsDir ? PathNames.join(dest, PathNames.baseName(from)) : dest;
            String shownTo = destIsDir ? PathNames.join(ops.get(ops.size() - 1), PathNames.baseName(from)) : ops.get(ops.size() - 1);
            status |= file(inv, src, from, shownTo, to, t);
        }
        return status;
    }

    private static int missing(Invocation inv, String message) {
        inv.err().println(message);
        inv.err().println("Try 'install --help' for more information.");
        return 1;
    }

    private static int file(Invocation inv, String shown, String from, String shownTo, String to, Target t) {
        String content;
        try {
            FileStat st = inv.fs().stat(from, inv.creds());
            if (st.isDirectory()) {
                inv.err().println("install: omitting directory '" + shown + "'");
                return 1;
            }
            content = inv.fs().read(from, inv.creds());
        } catch (FsException e) {
            inv.err().println(e.errno() == Errno.ENOENT ? "install: cannot stat '" + shown + "': " + e.reason()
                    : "install: cannot open '" + shown + "' for reading: " + e.reason());
            return 1;
        }
        try {
            if (inv.fs().statIfExists(to).isPresent()) {
                inv.fs().remove(to, inv.creds(), false);
            }
            inv.fs().write(to, content, inv.creds(), t.mode());
        } catch (FsException e) {
            inv.err().println("install: cannot create regular file '" + shownTo + "': " + e.reason());
            return 1;
        }
        if (t.verbose()) {
            inv.out().println("'" + shown + "' -> '" + shownTo + "'");
        }
        return finish(inv, shownTo, to, t);
    }

    private static int directory(Invocation inv, String shown, Target t) {
        String path = inv.abs(shown);
        boolean existed = inv.fs().isDirectory(path);
        try {
            // parents get 0755 as GNU gives them; the named directory gets -m below
            inv.fs().mkdirs(path, inv.creds(), 0755);
            if (t.verbose() && !existed) {
                inv.out().println("install: creating directory '" + shown + "'");
            }
        } catch (FsException e) {
            inv.err().println("install: cannot create directory \u2018" + shown + "\u2019: " + e.reason());
            return 1;
        }
        return finish(inv, shown, path, t);
    }

    /** Owner, group and mode on what was just created; only root may give a file away. */
    private static int finish(Invocation inv, String shown, String path, Target t) {
        try {
            if (t.uid() >= 0 || t.gid() >= 0) {
                inv.fs().chown(path, t.uid(), t.gid(), inv.creds());
            }
        } catch (FsException e) {
            inv.err().println("install: cannot change ownership of '" + shown + "': " + e.reason());
            return 1;
        }
        try {
            inv.fs().chmod(path, t.mode(), inv.creds());
        } catch (FsException e) {
            inv.err().println("install: cannot change permissions of '" + shown + "': " + e.reason());
            return 1;
        }
        return 0;
    }
}
