package org.pilab.node.ssh;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

/**
 * ssh [-p 22] [-i key] [-o opt] [user@]host [command...]. With a command it runs it there
 * (stdin from the local pipe) and returns its output and status; without one it opens an
 * interactive session that the shell layer switches to ({@link Session#enter}).
 */
public final class SshCommand implements Command {

    private static final DateTimeFormatter LAST_LOGIN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public int run(Invocation inv) {
        List<String> args = inv.args();
        String user = null;
        String target = null;
        List<String> command = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String configFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (target != null) {
                command.add(a);
            } else if (a.equals("-o") && i + 1 < args.size()) {
                options.add(args.get(++i));
            } else if (a.startsWith("-o") && a.length() > 2) {
                options.add(a.substring(2));
            } else if (a.equals("-F") && i + 1 < args.size()) {
                configFile = args.get(++i);
            } else if (a.equals("-p") || a.equals("-i")) {
                i++;
            } else if (a.equals("-l") && i + 1 < args.size()) {
                user = args.get(++i);
            } else if (a.startsWith("-")) {
                if (!a.matches("-[tTqvAXCN46]+")) {
                    inv.err().println("unknown option -- " + a.substring(1));
                    usage(inv);
                    return 255;
                }
            } else {
                target = a;
            }
        }
        if (target == null) {
            usage(inv);
            return 255;
        }
        SshClient.Destination d = SshClient.destination(inv, target, user, options, configFile);
        Optional<SshClient.Connection> c = SshClient.connect(inv, d,
                d.batchMode() ? SshClient.AuthMode.BATCH : SshClient.AuthMode.INTERACTIVE, "ssh", false);
        if (c.isEmpty()) {
            return 255;
        }
        Session remote = c.get().session();
        if (command.isEmpty()) {
            inv.out().print(motd(c.get().host(), inv));
            remote.exitMessage("Connection to " + d.hostName() + " closed.");
            inv.session().enter(remote);
            return 0;
        }
        ShellResult r = remote.run(String.join(" ", command), inv.stdin());
        // the remote command's stderr comes back on ssh's stderr, as a real ssh session keeps them apart
        r.terminal().writeTo(inv.out(), inv.err());
        return r.status();
    }

    private static String motd(Host h, Invocation inv) {
        String version = h.kernelRelease();
        StringBuilder sb = new StringBuilder();
        if (h.os().isRaspberryPiOs()) {
            sb.append("Linux ").append(h.hostname()).append(' ').append(version).append(" #1 SMP PREEMPT Debian ")
                    .append(h.hardware().arch()).append("\n\n");
            sb.append("The programs included with the Debian GNU/Linux system are free software;\n");
            sb.append("the exact distribution terms for each program are described in the\n");
            sb.append("individual files in /usr/share/doc/*/copyright.\n\n");
            sb.append("Debian GNU/Linux comes with ABSOLUTELY NO WARRANTY, to the extent\n");
            sb.append("permitted by applicable law.\n");
        } else {
            sb.append("Welcome to Ubuntu 24.04.3 LTS (GNU/Linux ").append(version).append(' ').append(h.hardware().arch()).append(")\n\n");
            sb.append(" * Documentation:  https://help.ubuntu.com\n\n");
        }
        String from = inv.host().addresses().isEmpty() ? "127.0.0.1" : inv.host().addresses().get(0);
        sb.append("Last login: ").append(LAST_LOGIN.format(Instant.ofEpochMilli(h.clockMillis() - 3_600_000)))
                .append(" from ").append(from).append('\n');
        return sb.toString();
    }

    private static void usage(Invocation inv) {
        inv.err().println("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]");
        inv.err().println("           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]");
        inv.err().println("           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]");
        inv.err().println("           [-J destination] [-L address] [-l login_name] [-m mac_spec]");
        inv.err().println("           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-Q query_option]");
        inv.err().println("           [-R address] [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]");
        inv.err().println("           destination [command [argument ...]]");
    }
}
