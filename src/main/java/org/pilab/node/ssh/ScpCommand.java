package org.pilab.node.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.fs.VirtualFileSystem;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/** scp [-r] SRC... DEST where one side is [user@]host:path; files keep the remote user's rights. */
public final class ScpCommand implements Command {

    /** One side of a copy: a file system, the credentials used there, and a path. */
    private record Side(VirtualFileSystem fs, FsCredentials creds, String path, String cwd) {
        String abs() {
            return PathNames.absolute(cwd, path);
        }
    }

    @Override
    public int run(Invocation inv) {
        boolean recursive = false;
        List<String> ops = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String configFile = null;
        for (int i = 0; i < inv.args().size(); i++) {
            String a = inv.args().get(i);
            if (a.equals("-r")) {
                recursive = true;
            } else if (a.equals("-o") && i + 1 < inv.args().size()) {
                options.add(inv.args().get(++i));
            } else if (a.equals("-F") && i + 1 < inv.args().size()) {
                configFile = inv.args().get(++i);
            } else if (a.equals("-P") || a.equals("-i")) {
                i++;
            } else if (!a.startsWith("-")) {
                ops.add(a);
            }
        }
        if (ops.size() < 2) {
            inv.err().println("usage: scp [-346ABCOpqRrsTv] [-c cipher] [-D sftp_server_path] [-F ssh_config]");
            inv.err().println("           [-i identity_file] [-J destination] [-l limit] [-o ssh_option]");
            inv.err().println("           [-P port] [-S program] [-X sftp_option] source ... target");
            return 1;
        }
        String destArg = ops.get(ops.size() - 1);
        Optional<Side> dest = side(inv, destArg, options, configFile);
        if (dest.isEmpty()) {
            return 255;
        }
        int status = 0;
        for (String srcArg : ops.subList(0, ops.size() - 1)) {
            Optional<Side> src = side(inv, srcArg, options, configFile);
            if (src.isEmpty()) {
                return 255;
            }
            status |= copy(inv, src.get(), dest.get(), recursive);
        }
        return status;
    }

    private Optional<Side> side(Invocation inv, String arg, List<String> options, String configFile) {
        int colon = arg.indexOf(':');
        if (colon <= 0 || arg.substring(0, colon).contains("/")) {
            return Optional.of(new Side(inv.fs(), inv.creds(), arg, inv.session().cwd()));
        }
        SshClient.Destination d = SshClient.destination(inv, arg.substring(0, colon), null, options, configFile);
        Optional<SshClient.Connection> c = SshClient.connect(inv, d,
                d.batchMode() ? SshClient.AuthMode.BATCH : SshClient.AuthMode.INTERACTIVE, "ssh", false);
        if (c.isEmpty()) {
            inv.err().println("scp: Connection closed");
            return Optional.empty();
        }
        String path = arg.substring(colon + 1);
        String home = c.get().host().accounts().user(c.get().user()).map(a -> a.home()).orElse("/");
        return Optional.of(new Side(c.get().host().fs(), c.get().host().accounts().credentials(c.get().user()),
                path.isEmpty() ? "." : path, home));
    }

    private int copy(Invocation inv, Side src, Side dst, boolean recursive) {
        String from = src.abs();
        if (src.fs().isDirectory(from)) {
            if (!recursive) {
                inv.err().println("scp: " + src.path() + ": not a regular file");
                return 1;
            }
            String to = dst.fs().isDirectory(dst.abs()) ? PathNames.join(dst.abs(), PathNames.baseName(from)) : dst.abs();
            try {
                if (!dst.fs().isDirectory(to)) {
                    dst.fs().mkdir(to, dst.creds(), 0755);
                }
                int status = 0;
                for (String n : src.fs().list(from, src.creds())) {
                    status |= copy(inv, new Side(src.fs(), src.creds(), PathNames.join(from, n), "/"),
                            new Side(dst.fs(), dst.creds(), to, "/"), true);
                }
                return status;
            } catch (FsException e) {
                inv.err().println("scp: " + e.path() + ": " + e.reason());
                return 1;
            }
        }
        String content;
        try {
            content = src.fs().read(from, src.creds());
        } catch (FsException e) {
            inv.err().println("scp: " + src.path() + ": " + e.reason());
            return 1;
        }
        String to = dst.fs().isDirectory(dst.abs()) ? PathNames.join(dst.abs(), PathNames.baseName(from)) : dst.abs();
        try {
            dst.fs().write(to, content, dst.creds(), 0644);
        } catch (FsException e) {
            inv.err().println("scp: dest open \"" + to + "\": " + e.reason());
            inv.err().println("scp: failed to upload file " + src.path() + " to " + dst.path());
            return 1;
        }
        if (inv.out().isTerminal()) {
            long bytes = content.length();
            inv.out().println(String.format(Locale.ROOT, "%-46s%4d%% %5s %7s   00:00", PathNames.baseName(from), 100,
                    bytes < 1024 ? bytes + "" : String.format(Locale.ROOT, "%.1fKB", bytes / 1024.0),
                    String.format(Locale.ROOT, "%.1fKB/s", Math.max(1, bytes) / 1024.0 * 4)));
        }
        return 0;
    }
}
