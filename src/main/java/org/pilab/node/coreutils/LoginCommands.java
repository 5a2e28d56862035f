package org.pilab.node.coreutils;

import java.util.List;
import java.util.Optional;

import org.pilab.node.account.Account;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.PromptResponder;
import org.pilab.node.shell.Session;

/** su and passwd: switching user and changing a password, with their PAM messages. */
public final class LoginCommands {

    private LoginCommands() {
    }

    /** su [-] [user]: root switches freely; others must give the target's password. */
    public static int su(Invocation inv) {
        List<String> a = inv.args().stream().filter(x -> !x.equals("-") && !x.equals("-l") && !x.equals("--login")).toList();
        boolean login = inv.args().contains("-") || inv.args().contains("-l") || inv.args().contains("--login");
        String target = a.isEmpty() ? "root" : a.get(0);
        Optional<Account> account = inv.host().accounts().user(target);
        if (account.isEmpty()) {
            inv.err().println("su: user " + target + " does not exist or the user entry does not contain all the required fields");
            return 1;
        }
        if (!inv.session().isRoot()) {
            Optional<String> pw = inv.ask(PromptResponder.Kind.PASSWORD, "Password: ");
            if (pw.isEmpty() || account.get().passwordLocked() || !Sha512Crypt.matches(pw.get(), account.get().passwordHash())) {
                inv.err().println("su: Authentication failure");
                return 1;
            }
        }
        Session s = inv.session().openOn(inv.host(), target);
        if (!login) {
            s.cwd(inv.session().cwd());
        }
        inv.session().enter(s);
        return 0;
    }

    /** passwd [user]: asks for the new password twice (the current one first for non-root). */
    public static int passwd(Invocation inv) {
        String target = inv.args().isEmpty() ? inv.user() : inv.args().get(0);
        if (!target.equals(inv.user()) && !inv.session().isRoot()) {
            inv.err().println("passwd: You may not view or modify password information for " + target + ".");
            return 1;
        }
        Optional<Account> account = inv.host().accounts().user(target);
        if (account.isEmpty()) {
            inv.err().println("passwd: user '" + target + "' does not exist");
            return 1;
        }
        if (!inv.session().isRoot()) {
            inv.out().println("Changing password for " + target + ".");
            Optional<String> current = inv.ask(PromptResponder.Kind.PASSWORD, "Current password: ");
            if (current.isEmpty() || !Sha512Crypt.matches(current.get(), account.get().passwordHash())) {
                inv.err().println("passwd: Authentication token manipulation error");
                inv.err().println("passwd: password unchanged");
                return 10;
            }
        }
        Optional<String> first = inv.ask(PromptResponder.Kind.PASSWORD, "New password: ");
        Optional<String> second = inv.ask(PromptResponder.Kind.PASSWORD, "Retype new password: ");
        if (first.isEmpty() || first.get().isEmpty()) {
            inv.err().println("No password has been supplied.");
            inv.err().println("passwd: Authentication token manipulation error");
            inv.err().println("passwd: password unchanged");
            return 10;
        }
        if (!first.equals(second)) {
            inv.err().println("Sorry, passwords do not match.");
            inv.err().println("passwd: Authentication token manipulation error");
            inv.err().println("passwd: password unchanged");
            return 10;
        }
        StringBuilder salt = new StringBuilder();
        var r = inv.host().random("passwd-salt");
        String chars = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < 16; i++) {
            salt.append(chars.charAt(r.nextInt(chars.length())));
        }
        inv.host().accounts().setPasswordHash(target, Sha512Crypt.hash(first.get(), salt.toString()));
        inv.out().println("passwd: password updated successfully");
        return 0;
    }
}
