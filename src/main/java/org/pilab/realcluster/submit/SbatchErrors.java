package org.pilab.realcluster.submit;

import java.util.Locale;

/** Turns what sbatch (or another SLURM client) printed into the usual cause and what to do; SLURM's words stay verbatim. */
public final class SbatchErrors {

    private SbatchErrors() {
    }

    /** How a head on this machine describes itself (see Head.describe). */
    public static final String THIS_MACHINE = "this machine";

    /** The shell's status for a program that is not installed. */
    public static final int COMMAND_NOT_FOUND = 127;

    public static String explain(int exitCode, String sbatchMessage) {
        return explain(exitCode, sbatchMessage, THIS_MACHINE);
    }

    /** @param where the head's description: {@value #THIS_MACHINE} or "pi@pi01" */
    public static String explain(int exitCode, String sbatchMessage, String where) {
        return "sbatch refused the job (exit " + exitCode + "):\n  " + sbatchMessage.strip().replace("\n", "\n  ")
                + "\nWhat to do: " + whatToDo(exitCode, sbatchMessage, where);
    }

    /**
     * As {@link #whatToDo(String)}, but a missing SLURM command (exit 127) gets its own advice:
     * on this machine it usually means pilab runs on a laptop, not on the head node.
     */
    public static String whatToDo(int exitCode, String message, String where) {
        if (exitCode == COMMAND_NOT_FOUND || message.toLowerCase(Locale.ROOT).contains("command not found")) {
            if (THIS_MACHINE.equals(where)) {
                return "SLURM's commands are not installed on this machine. Run pilab on the head node, or reach the"
                        + " head from here with --via ssh USER@HEAD (e.g. --via ssh pi@pi01).";
            }
            return "SLURM's commands are not installed on " + where + ": is it the head node? Point --via at the"
                    + " head (e.g. --via ssh pi@pi01), or install slurm-client there.";
        }
        return whatToDo(message);
    }

    /** The usual cause of a SLURM client's error message, as advice (sbatch, sinfo, squeue alike). */
    public static String whatToDo(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        String todo;
        if (m.contains("invalid partition")) {
            todo = "name a partition the cluster has (sinfo lists them; a bundle has short and long), or drop"
                    + " --partition for the default one.";
        } else if (m.contains("time limit") && m.contains("invalid")) {
            todo = "ask for less --time than the partition's MaxTime (sinfo shows TIMELIMIT), or use --partition long.";
        } else if (m.contains("unable to contact slurm controller") || m.contains("connection refused")) {
            todo = "the controller is not answering: run 'scontrol ping' and 'systemctl status slurmctld' on the"
                    + " head node, and read /var/log/slurm/slurmctld.log.";
        } else if (m.contains("dns srv lookup failed") || m.contains("could not establish a configuration source")) {
            todo = "SLURM's commands found no slurm.conf here: set SLURM_CONF=/path/to/slurm.conf (the testbed's 'up' prints the"
                    + " line), or install it as /etc/slurm/slurm.conf.";
        } else if (m.contains("munge") || m.contains("authentication")) {
            todo = "munge is not working: 'systemctl status munge'; every node needs the head's munge.key"
                    + " (bootstrap/copy-munge-key.sh).";
        } else if (m.contains("memory") || m.contains("node configuration is not available")
                || m.contains("requested node configuration")) {
            todo = "the job asks for more CPUs or memory than a node has: lower --cpus-per-task, or check"
                    + " 'scontrol show node'.";
        } else if (m.contains("maxarraysize") || m.contains("array size")) {
            todo = "the sweep has more tasks than MaxArraySize allows (default 1001): split the grid or raise"
                    + " MaxArraySize in slurm.conf.";
        } else {
            todo = "read SLURM's message above; 'sinfo' and 'scontrol show partition' show what the cluster offers.";
        }
        return todo;
    }
}
