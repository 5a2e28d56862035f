package org.pilab.node.shell;

/**
 * Runs a shell script file line by line in a child of the calling session ({@code ./setup.sh},
 * {@code bash setup.sh}). Only straight-line scripts: control flow is not interpreted.
 */
final class ScriptRunner implements Command {

    private final String path;

    ScriptRunner(String path) {
        this.path = path;
    }

    @Override
    public int run(Invocation inv) {
        String text = inv.fs().read(path, inv.creds());
        int status = 0;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Session s = inv.session();
            ShellResult r = s.runNested(trimmed);
            inv.out().print(r.output());
            status = r.status();
        }
        return status;
    }
}
