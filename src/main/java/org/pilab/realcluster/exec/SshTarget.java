package org.pilab.realcluster.exec;

import java.util.regex.Pattern;

/**
 * Where ssh goes: {@code USER@HOST} or {@code HOST}. Checked so that it can never be read as
 * an ssh option or smuggle anything else into ssh's arguments.
 */
public record SshTarget(String user, String host) {

    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:-]{0,252}");

    public SshTarget {
        if (user != null && !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("'" + user + "' is not a user name");
        }
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("'" + host + "' is not a host name or address");
        }
    }

    /** Parses {@code pi@pi01}, {@code pi@10.0.0.11} or {@code pi01}. */
    public static SshTarget parse(String text) {
        int at = text.lastIndexOf('@');
        try {
            return at < 0 ? new SshTarget(null, text) : new SshTarget(text.substring(0, at), text.substring(at + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--via ssh " + text + ": " + e.getMessage()
                    + "; give USER@HEAD, e.g. pi@pi01 or pi@10.0.0.11", e);
        }
    }

    @Override
    public String toString() {
        return user == null ? host : user + "@" + host;
    }
}
