package org.pilab.app;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code pilab} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit status (0 ok, 1 failure, 2 usage error). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = PilabCommand.commandLine(out, err);
        if (args.length == 0) {
            return cli.execute(PilabCommand.DEFAULT_ARGS);
        }
        return cli.execute(args);
    }
}
