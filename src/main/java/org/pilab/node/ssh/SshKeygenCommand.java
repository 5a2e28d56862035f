package org.pilab.node.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.PromptResponder;

/**
 * ssh-keygen -t ed25519 [-f file] [-N pass] [-C comment] [-q]; -R host (forget a host key);
 * -l -f file (fingerprint). Keys are made from the host's seeded stream.
 */
public final class SshKeygenCommand implements Command {

    @Override
    public int run(Invocation inv) {
        List<String> a = inv.args();
        String type = "ed25519";
        String file = null;
        String comment = inv.user() + "@" + inv.host().hostname();
        String remove = null;
        boolean list = false;
        boolean quiet = false;
        boolean passGiven = false;
        for (int i = 0; i < a.size(); i++) {
            switch (a.get(i)) {
                case "-t" -> type = i + 1 < a.size() ? a.get(++i) : type;
                case "-f" -> file = i + 1 < a.size() ? a.get(++i) : null;
                case "-C" -> comment = i + 1 < a.size() ? a.get(++i) : comment;
                case "-N" -> {
                    i++;
                    passGiven = true;
                }
                case "-R" -> remove = i + 1 < a.size() ? a.get(++i) : null;
                case "-l" -> list = true;
                case "-q" -> quiet = true;
                case "-b" -> i++;
                default -> {
                    inv.err().println("usage: ssh-keygen [-q] [-a rounds] [-b bits] [-C comment] [-f output_keyfile]");
                    return 1;
                }
            }
        }
        String home = inv.session().variable("HOME").orElse("/");
        if (remove != null) {
            return forget(inv, home + "/.ssh/known_hosts", remove);
        }
        if (list) {
            try {
                String pub = inv.fs().read(inv.abs(file.endsWith(".pub") ? file : file + ".pub"), inv.creds());
                String[] f = pub.strip().split("\\s+");
                inv.out().println("256 " + SshKeys.fingerprint(f[1]) + " " + (f.length > 2 ? f[2] : "") + " (ED25519)");
                return 0;
            } catch (FsException | NullPointerException e) {
                inv.err().println(file + ": No such file or directory");
                return 1;
            }
        }
        if (!type.equals("ed25519")) {
            inv.err().println("ssh-keygen: only -t ed25519 keys are made in the lab");
            return 1;
        }
        inv.out().println("Generating public/private ed25519 key pair.");
        String dflt = home + "/.ssh/id_ed25519";
        if (file == null) {
            String answer = inv.ask(PromptResponder.Kind.FILE_NAME, "Enter file in which to save the key (" + dflt + "): ").orElse("");
            file = answer.isBlank() ? dflt : answer.strip();
        }
        String path = inv.abs(file);
        String dir = PathNames.parent(path);
        try {
            if (!inv.fs().isDirectory(dir)) {
                inv.fs().mkdir(dir, inv.creds(), 0700);
                inv.out().println("Created directory '" + dir + "'.");
            }
            if (inv.fs().exists(path, inv.creds())) {
                inv.out().println(path + " already exists.");
                String ow = inv.ask(PromptResponder.Kind.CONFIRM_YES_NO, "Overwrite (y/n)? ").orElse("n");
                if (!ow.toLowerCase(Locale.ROOT).startsWith("y")) {
                    return 1;
                }
            }
            if (!passGiven) {
                inv.ask(PromptResponder.Kind.PASSPHRASE, "Enter passphrase (empty for no passphrase): ");
                inv.ask(PromptResponder.Kind.PASSPHRASE, "Enter same passphrase again: ");
            }
            SshKeys.KeyPair kp = SshKeys.generate(inv.host().random("ssh-keygen"), comment);
            inv.fs().write(path, kp.privateFile(), inv.creds(), 0600);
            inv.fs().chmod(path, 0600, inv.creds());
            inv.fs().write(path + ".pub", kp.publicLine() + "\n", inv.creds(), 0644);
            if (!quiet) {
                inv.out().println("Your identification has been saved in " + path);
                inv.out().println("Your public key has been saved in " + path + ".pub");
                inv.out().println("The key fingerprint is:");
                inv.out().println(kp.fingerprint() + " " + comment);
                inv.out().println("The key's randomart image is:");
                inv.out().print(Randomart.draw(kp.fingerprint()));
            }
            return 0;
        } catch (FsException e) {
            inv.err().println("Saving key \"" + path + "\" failed: " + e.reason());
            return 1;
        }
    }

    private static int forget(Invocation inv, String file, String host) {
        String text = inv.fs().readOr(file, "");
        List<String> kept = new ArrayList<>();
        int line = 0;
        boolean found = false;
        for (String l : text.split("\n")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            if (List.of(l.split("\\s+")[0].split(",")).contains(host)) {
                inv.out().println("# Host " + host + " found: line " + line);
                found = true;
            } else {
                kept.add(l);
            }
        }
        if (!found) {
            inv.err().println("Host " + host + " not found in " + file);
            return 0;
        }
        inv.fs().write(file + ".old", text, inv.creds(), 0600);
        inv.fs().write(file, kept.isEmpty() ? "" : String.join("\n", kept) + "\n", inv.creds(), 0600);
        inv.out().println(file + " updated.");
        inv.out().println("Original contents retained as " + file + ".old");
        return 0;
    }
}
