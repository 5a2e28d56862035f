package org.pilab.shell.interactive;

/** The few lines shown when the shell starts: what this is and the first two commands. */
final class Banner {

    static final String TEXT = """
            Pi Cluster Lab: a virtual Raspberry Pi cluster running SLURM, in your terminal.
            Type 'lessons' to choose a lesson and 'help' for the commands; 'exit' or Ctrl-D leaves.

            """;

    private Banner() {
    }
}
