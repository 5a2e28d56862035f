package org.pilab.node.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.account.Account;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.fs.FileStat;
import org.pilab.node.fs.FsException;
import org.pilab.node.net.Reachability;
import org.pilab.node.net.Resolver;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.PromptResponder;
import org.pilab.node.shell.Session;

/**
 * The OpenSSH client's connection steps, shared by ssh, scp and ssh-copy-id: ~/.ssh/config,
 * name resolution, TCP connect (refused when sshd is not running, no route when the host is
 * off or unplugged), host-key check against ~/.ssh/known_hosts (first contact asks; in
 * scripted mode the answer is "yes"), then public-key and, if sshd allows it, password
 * authentication.
 */
public final class SshClient {

    /**
     * How to reach a host: who asked for it (as typed), the user, the resolved name, and the
     * client options that shape the login ({@code StrictHostKeyChecking=accept-new|no},
     * {@code PubkeyAuthentication}, {@code PasswordAuthentication}, {@code BatchMode}).
     */
    public record Destination(String typed, String user, String hostName, boolean acceptNewHostKeys,
                              boolean pubkeyAuthentication, boolean passwordAuthentication, boolean batchMode) {

        public Destination(String typed, String user, String hostName, boolean acceptNewHostKeys) {
            this(typed, user, hostName, acceptNewHostKeys, true, true, false);
        }
    }

    /**
     * How to authenticate: interactively (passwords may be asked), keys only and quietly
     * (ssh-copy-id's probe), or {@code BatchMode=yes} (keys only, failures reported).
     */
    public enum AuthMode { INTERACTIVE, KEYS_ONLY_QUIET, BATCH }

    /** An authenticated connection: the remote host, the remote user and a session there. */
    public record Connection(Host host, String user, Session session) {
    }

    private SshClient() {
    }

    /** [user@]host with ~/.ssh/config applied. */
    public static Destination destination(Invocation inv, String arg, String explicitUser) {
        return destination(inv, arg, explicitUser, List.of(), null);
    }

    /**
     * [user@]host with the {@code -o} options and then the client configuration applied
     * (first value wins, as in OpenSSH).
     *
     * @param configFile {@code -F FILE}, or null for ~/.ssh/config
     */
    public static Destination destination(Invocation inv, String arg, String explicitUser, List<String> options,
                                          String configFile) {
        String user = explicitUser;
        String host = arg;
        int at = arg.lastIndexOf('@');
        if (at >= 0) {
            user = arg.substring(0, at);
            host = arg.substring(at + 1);
        }
        String home = inv.session().variable("HOME").orElse("/");
        String path = configFile != null ? inv.abs(configFile) : home + "/.ssh/config";
        SshConfig cfg = SshConfig.resolve(host, options, inv.fs().readOr(path, ""));
        if (user == null) {
            user = cfg.value("User").orElse(inv.user());
        }
        String strict = cfg.value("StrictHostKeyChecking").orElse("ask");
        boolean acceptNew = strict.equalsIgnoreCase("accept-new") || strict.equalsIgnoreCase("no");
        return new Destination(host, user, cfg.hostName(host), acceptNew, cfg.flag("PubkeyAuthentication", true),
                cfg.flag("PasswordAuthentication", true), cfg.flag("BatchMode", false));
    }

    /**
     * Connects and authenticates; on failure prints ssh's message to {@code inv.err()} and
     * returns empty.
     *
     * @param keysOnly true for ssh-copy-id's first probe (no password prompt)
     */
    public static Optional<Connection> connect(Invocation inv, Destination d, boolean keysOnly, String tool) {
        return connect(inv, d, keysOnly ? AuthMode.KEYS_ONLY_QUIET : AuthMode.INTERACTIVE, tool, false);
    }

    /**
     * @param acceptNewHostKeys {@code -o StrictHostKeyChecking=accept-new}: add unknown host keys
     *                          without asking (a changed key is still refused)
     */
    public static Optional<Connection> connect(Invocation inv, Destination d, AuthMode mode, String tool,
                                               boolean acceptNewHostKeys) {
        Host local = inv.host();
        Optional<String> address = Resolver.resolve(local, d.hostName());
        if (address.isEmpty()) {
            inv.err().println(tool + ": Could not resolve hostname " + d.hostName() + ": "
                    + (local.addresses().isEmpty() ? "Temporary failure in name resolution" : "Name or service not known"));
            return Optional.empty();
        }
        Reachability.Result r = Reachability.check(local, address.get());
        Host remote = switch (r.kind()) {
            case LOCAL -> local;
            case REACHABLE -> r.target().host();
            default -> null;
        };
        if (remote == null) {
            inv.err().println(tool + ": connect to host " + d.hostName() + " port 22: "
                    + (r.kind() == Reachability.Kind.NETWORK_UNREACHABLE ? "Network is unreachable" : "No route to host"));
            return Optional.empty();
        }
        Optional<SshdSettings> sshd = remote.services().isActive("ssh") ? remote.attachment(SshdSettings.class) : Optional.empty();
        if (sshd.isEmpty()) {
            inv.err().println(tool + ": connect to host " + d.hostName() + " port 22: Connection refused");
            return Optional.empty();
        }
        if ((mode == AuthMode.BATCH || d.batchMode()) && !acceptNewHostKeys && !d.acceptNewHostKeys() && !hostKeyKnown(inv, d)) {
            inv.err().println("Host key verification failed.");
            return Optional.empty();
        }
        if (!checkHostKey(inv, d, address.get(), remote, acceptNewHostKeys || d.acceptNewHostKeys())) {
            return Optional.empty();
        }
        Optional<Account> account = remote.accounts().user(d.user());
        boolean keyOk = d.pubkeyAuthentication() && sshd.get().pubkeyAuthentication() && account.isPresent()
                && keyAccepted(inv, remote, account.get());
        if (keyOk) {
            return Optional.of(open(inv, remote, d.user(), address.get()));
        }
        String methods = sshd.get().passwordAuthentication() ? "publickey,password" : "publickey";
        if (mode != AuthMode.INTERACTIVE || d.batchMode() || !d.passwordAuthentication()
                || !sshd.get().passwordAuthentication()) {
            if (mode != AuthMode.KEYS_ONLY_QUIET) {
                inv.err().println(d.user() + "@" + d.hostName() + ": Permission denied (" + methods + ").");
            }
            return Optional.empty();
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            Optional<String> pw = inv.ask(PromptResponder.Kind.PASSWORD, d.user() + "@" + d.hostName() + "'s password: ");
            boolean rootRefused = d.user().equals("root") && !sshd.get().permitRootLogin().equals("yes");
            if (pw.isPresent() && account.isPresent() && !account.get().passwordLocked() && !rootRefused
                    && Sha512Crypt.matches(pw.get(), account.get().passwordHash())) {
                return Optional.of(open(inv, remote, d.user(), address.get()));
            }
            if (pw.isEmpty()) {
                break;
            }
            if (attempt < 3) {
                inv.err().println("Permission denied, please try again.");
            }
        }
        inv.err().println(d.user() + "@" + d.hostName() + ": Permission denied (" + methods + ").");
        return Optional.empty();
    }

    private static Connection open(Invocation inv, Host remote, String user, String address) {
        Session s = inv.session().openOn(remote, user);
        String from = inv.host().addresses().isEmpty() ? "127.0.0.1" : inv.host().addresses().get(0);
        s.setVariable("SSH_CONNECTION", from + " " + (40000 + inv.host().random("ssh-port").nextInt(20000)) + " " + address + " 22");
        remote.journal().log("ssh", "sshd", remote.nextPid(), "Accepted connection for " + user + " from " + from + " port 22 ssh2");
        return new Connection(remote, user, s);
    }

    /** The client's public keys (as "type base64"), from ~/.ssh/id_*.pub. */
    public static List<String> clientKeys(Invocation inv) {
        List<String> keys = new ArrayList<>();
        String dir = inv.session().variable("HOME").orElse("/") + "/.ssh";
        for (String name : List.of("id_ed25519", "id_ecdsa", "id_rsa")) {
            if (inv.fs().exists(dir + "/" + name, inv.creds())) {
                try {
                    keys.add(SshKeys.material(inv.fs().read(dir + "/" + name + ".pub", inv.creds())));
                } catch (FsException e) {
                    // a private key without its .pub cannot be offered here
                }
            }
        }
        return keys;
    }

    private static boolean keyAccepted(Invocation inv, Host remote, Account account) {
        String path = account.home() + "/.ssh/authorized_keys";
        Optional<FileStat> st = remote.fs().statIfExists(path);
        if (st.isEmpty() || (st.get().mode() & 0022) != 0 || st.get().uid() != account.uid()) {
            return false; // sshd's StrictModes
        }
        String authorized = remote.fs().readOr(path, "");
        for (String key : clientKeys(inv)) {
            for (String line : authorized.split("\n")) {
                if (!line.isBlank() && SshKeys.material(line).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hostKeyKnown(Invocation inv, Destination d) {
        String file = inv.session().variable("HOME").orElse("/") + "/.ssh/known_hosts";
        for (String line : inv.fs().readOr(file, "").split("\n")) {
            String[] f = line.strip().split("\\s+", 2);
            if (f.length == 2 && List.of(f[0].split(",")).contains(d.hostName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean checkHostKey(Invocation inv, Destination d, String address, Host remote, boolean acceptNew) {
        String hostKey = SshKeys.hostKey(remote);
        String file = inv.session().variable("HOME").orElse("/") + "/.ssh/known_hosts";
        String known = inv.fs().readOr(file, "");
        for (String line : known.split("\n")) {
            String[] f = line.strip().split("\\s+", 2);
            if (f.length == 2 && List.of(f[0].split(",")).contains(d.hostName())) {
                if (SshKeys.material(f[1]).equals(hostKey)) {
                    return true;
                }
                changedHostKey(inv, d, hostKey, file);
                return false;
            }
        }
        String answer = "yes";
        if (!acceptNew) {
            inv.err().println("The authenticity of host '" + d.hostName() + " (" + address + ")' can't be established.");
            inv.err().println("ED25519 key fingerprint is " + SshKeys.fingerprint(hostKey.split(" ")[1]) + ".");
            inv.err().println("This key is not known by any other names.");
            answer = inv.ask(PromptResponder.Kind.HOST_KEY,
                    "Are you sure you want to continue connecting (yes/no/[fingerprint])? ").orElse("no");
        }
        if (!answer.equals("yes")) {
            inv.err().println("Host key verification failed.");
            return false;
        }
        try {
            String home = inv.session().variable("HOME").orElse("/");
            if (!inv.fs().isDirectory(home + "/.ssh")) {
                inv.fs().mkdir(home + "/.ssh", inv.creds(), 0700);
            }
            inv.fs().append(file, d.hostName() + " " + hostKey + "\n", inv.creds());
        } catch (FsException e) {
            inv.err().println("Failed to add the host to the list of known hosts (" + file + ").");
        }
        inv.err().println("Warning: Permanently added '" + d.hostName() + "' (ED25519) to the list of known hosts.");
        return true;
    }

    private static void changedHostKey(Invocation inv, Destination d, String hostKey, String file) {
        inv.err().println("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@");
        inv.err().println("@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @");
        inv.err().println("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@");
        inv.err().println("IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!");
        inv.err().println("Someone could be eavesdropping on you right now (man-in-the-middle attack)!");
        inv.err().println("It is also possible that a host key has just been changed.");
        inv.err().println("The fingerprint for the ED25519 key sent by the remote host is");
        inv.err().println(SshKeys.fingerprint(hostKey.split(" ")[1]) + ".");
        inv.err().println("Please contact your system administrator.");
        inv.err().println("Add correct host key in " + file + " to get rid of this message.");
        inv.err().println("Host key for " + d.hostName() + " has changed and you have requested strict checking.");
        inv.err().println("Host key verification failed.");
    }
}
