package org.pilab.node.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pilab.node.account.Account;
import org.pilab.node.fs.FsException;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/** ssh-copy-id [-i key.pub] [user@]host: appends the key to the remote authorized_keys after a password login. */
public final class SshCopyIdCommand implements Command {

    private static final String TOOL = "/usr/bin/ssh-copy-id";

    @Override
    public int run(Invocation inv) {
        String keyFile = null;
        String target = null;
        List<String> options = new ArrayList<>();
        String configFile = null;
        for (int i = 0; i < inv.args().size(); i++) {
            String a = inv.args().get(i);
            if (a.equals("-i") && i + 1 < inv.args().size()) {
                keyFile = inv.args().get(++i);
            } else if (a.equals("-o") && i + 1 < inv.args().size()) {
                options.add(inv.args().get(++i));
            } else if (a.equals("-F") && i + 1 < inv.args().size()) {
                configFile = inv.args().get(++i);
            } else if ((a.equals("-p") || a.equals("-t")) && i + 1 < inv.args().size()) {
                i++;
            } else if (!a.startsWith("-")) {
                target = a;
            }
        }
        if (target == null) {
            inv.err().println("Usage: " + TOOL + " [-h|-?|-f|-n|-s|-x] [-i [identity_file]] [-p port] [-F alternative ssh_config file] "
                    + "[-t target_path] [[-o <ssh -o options>] ...] [user@]hostname");
            return 1;
        }
        String home = inv.session().variable("HOME").orElse("/");
        String pubPath = keyFile != null ? inv.abs(keyFile.endsWith(".pub") ? keyFile : keyFile + ".pub") : home + "/.ssh/id_ed25519.pub";
        String pub;
        try {
            pub = inv.fs().read(pubPath, inv.creds()).strip();
        } catch (FsException e) {
            inv.err().println(TOOL + ": ERROR: No identities found");
            return 1;
        }
        inv.err().println(TOOL + ": INFO: Source of key(s) to be installed: \"" + pubPath + "\"");
        SshClient.Destination d = SshClient.destination(inv, target, null, options, configFile);
        inv.err().println(TOOL + ": INFO: attempting to log in with the new key(s), to filter out any that are already installed");
        Optional<SshClient.Connection> probe = SshClient.connect(inv, d, true, "ssh");
        if (probe.isPresent()) {
            inv.err().println();
            inv.err().println(TOOL + ": WARNING: All keys were skipped because they already exist on the remote system.");
            inv.err().println("\t\t(if you think this is a mistake, you may want to use -f option)");
            inv.err().println();
            return 0;
        }
        inv.err().println(TOOL + ": INFO: 1 key(s) remain to be installed -- if you are prompted now it is to install the new keys");
        Optional<SshClient.Connection> c = SshClient.connect(inv, d, false, "ssh");
        if (c.isEmpty()) {
            return 1;
        }
        Account a = c.get().host().accounts().user(c.get().user()).orElseThrow();
        var fs = c.get().host().fs();
        var creds = c.get().host().accounts().credentials(a.name());
        String dir = a.home() + "/.ssh";
        if (!fs.isDirectory(dir)) {
            fs.mkdir(dir, creds, 0700);
        }
        fs.append(dir + "/authorized_keys", pub + "\n", creds);
        fs.chmod(dir + "/authorized_keys", 0600, creds);
        inv.out().println();
        inv.out().println("Number of key(s) added: 1");
        inv.out().println();
        inv.out().println("Now try logging into the machine, with:   \"ssh '" + d.user() + "@" + d.hostName() + "'\"");
        inv.out().println("and check to make sure that only the key(s) you wanted were added.");
        inv.out().println();
        return 0;
    }
}
