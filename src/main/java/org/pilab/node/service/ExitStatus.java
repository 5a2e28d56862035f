package org.pilab.node.service;

/** systemd's names for exit statuses ({@code 1/FAILURE}). */
public final class ExitStatus {

    private ExitStatus() {
    }

    public static String describe(int status) {
        String name = switch (status) {
            case 0 -> "SUCCESS";
            case 1 -> "FAILURE";
            case 2 -> "INVALIDARGUMENT";
            case 3 -> "NOTIMPLEMENTED";
            case 4 -> "NOPERMISSION";
            case 5 -> "NOTINSTALLED";
            case 6 -> "NOTCONFIGURED";
            case 7 -> "NOTRUNNING";
            default -> null;
        };
        return name == null ? Integer.toString(status) : status + "/" + name;
    }
}
