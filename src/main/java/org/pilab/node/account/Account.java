package org.pilab.node.account;

/**
 * A line of /etc/passwd plus its /etc/shadow hash. {@code passwordHash} is a crypt string
 * ({@code $6$...}), {@code "!"} or {@code "*"} for a locked account; plaintext is never kept.
 */
public record Account(String name, int uid, int gid, String gecos, String home, String shell, String passwordHash) {

    public boolean passwordLocked() {
        return passwordHash == null || passwordHash.isEmpty() || passwordHash.startsWith("!") || passwordHash.startsWith("*");
    }

    public Account withPasswordHash(String hash) {
        return new Account(name, uid, gid, gecos, home, shell, hash);
    }

    public String passwdLine() {
        return name + ":x:" + uid + ":" + gid + ":" + gecos + ":" + home + ":" + shell;
    }
}
