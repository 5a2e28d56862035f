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
        return run(args, out, err, new LocalClusterAccess());
    }

    /** The same, with the cluster commands reaching SLURM through {@code clusterAccess} (the virtual lab's). */
    static int run(String[] args, PrintWriter out, PrintWriter err, ClusterAccess clusterAccess) {
        CommandLine cli = PilabCommand.commandLine(out, err, clusterAccess);
        if (args.length == 0) {
            return cli.execute(PilabCommand.DEFAULT_ARGS);
        }
        return cli.execute(args);
    }
}
