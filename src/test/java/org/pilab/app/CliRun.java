package org.pilab.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the pilab command line, as the command tests see it. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }
}
