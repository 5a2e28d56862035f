package org.pilab.slurm.cmd;

/** What a command printed and its exit status: commands never throw to their caller. */
public record CommandResult(String stdout, String stderr, int exitCode) {

    public static CommandResult ok(String stdout) {
        return new CommandResult(stdout, "", 0);
    }

    public static CommandResult error(String stderr, int exitCode) {
        return new CommandResult("", stderr, exitCode);
    }
}
