package org.pilab.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the sub-commands whose feature has not landed yet: they say so plainly and exit 1,
 * so a script never mistakes a placeholder for success.
 */
abstract class NotBuiltYet implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pilab " + spec.name() + ": not built yet in this version ("
                + VersionProvider.version() + "). See README.md for what works today.");
        spec.commandLine().getErr().flush();
        return 1;
    }
}
