package org.pilab.slurm.ctl;

import java.util.List;

/**
 * A command a higher layer lends to batch scripts (e.g. {@code pilab job run SPEC}): the slurm
 * layer knows only this interface, the application registers the implementation.
 */
@FunctionalInterface
public interface ExternalCommand {

    /** Runs {@code argv} (argv[0] is the command name) inside a job; output lines start at 0. */
    PayloadResult run(List<String> argv, JobEnvironment env);
}
