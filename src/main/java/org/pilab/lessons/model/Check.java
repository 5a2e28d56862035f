package org.pilab.lessons.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One judgement of a step, one record per check type of docs/lesson-format.md. Every check
 * carries its {@code why}: what the learner sees when it fails.
 */
public sealed interface Check {

    /** The type name as written in lesson.json. */
    String type();

    String why();

    /** Runs {@code run} on {@code host} silently and tests its output. */
    record CommandOutput(String host, String run, Optional<String> user, OutputCondition condition, String why)
            implements Check {
        @Override
        public String type() {
            return "command_output";
        }
    }

    /** Runs {@code run} on {@code host} silently; passes on exit status {@code status}. */
    record ExitStatus(String host, String run, Optional<String> user, int status, String why) implements Check {
        @Override
        public String type() {
            return "exit_status";
        }
    }

    /** The file exists on the host and a line matches. */
    record FileContains(String host, String path, Pattern regex, String why) implements Check {
        @Override
        public String type() {
            return "file_contains";
        }
    }

    /** The path exists with the given mode, owner and group (each optional). */
    record FileMode(String host, String path, Optional<Integer> mode, Optional<String> owner, Optional<String> group,
                    String why) implements Check {
        @Override
        public String type() {
            return "file_mode";
        }
    }

    /** {@code systemctl is-active UNIT} says {@code active} on every host. */
    record ServiceActive(List<String> hosts, String unit, String why) implements Check {
        public ServiceActive {
            hosts = List.copyOf(hosts);
        }

        @Override
        public String type() {
            return "service_active";
        }
    }

    /** The package is installed on every host. */
    record PackageInstalled(List<String> hosts, String packageName, String why) implements Check {
        public PackageInstalled {
            hosts = List.copyOf(hosts);
        }

        @Override
        public String type() {
            return "package_installed";
        }
    }

    /** sinfo on the head node shows every node in one of the allowed states (short forms). */
    record NodeState(List<String> nodes, List<String> states, String why) implements Check {
        public NodeState {
            nodes = List.copyOf(nodes);
            states = List.copyOf(states);
        }

        @Override
        public String type() {
            return "node_state";
        }
    }

    /**
     * Jobs named {@code name} (or array jobs named {@code array}) reached {@code state}, at least
     * {@code minCount} of them (array tasks count one each).
     */
    record Job(String name, boolean array, String state, int minCount, Optional<String> partition, String why)
            implements Check {
        @Override
        public String type() {
            return "job";
        }
    }

    /**
     * slurm.conf on {@code host} (at {@code path}) is judged by its effective values as SLURM's
     * parser reads them, not by its spelling.
     */
    record SlurmConf(String host, String path, ConfRequirement requirement, String why) implements Check {
        /** Where Debian's SLURM packages read the file. */
        public static final String DEFAULT_PATH = "/etc/slurm/slurm.conf";

        @Override
        public String type() {
            return "slurm_conf";
        }
    }

    /**
     * The learner typed a matching line during this step (on {@code host} if given); with
     * {@code succeeded} only a line that exited 0 counts.
     */
    record CommandRun(Pattern regex, Optional<String> host, boolean succeeded, String why) implements Check {
        @Override
        public String type() {
            return "command_run";
        }
    }

    /**
     * Passes when any of {@code checks} passes: several observable outcomes of one task (the
     * throttle in the script, or on the sbatch line), so every correct way counts.
     */
    record AnyOf(List<Check> checks, String why) implements Check {
        public AnyOf {
            checks = List.copyOf(checks);
        }

        @Override
        public String type() {
            return "any_of";
        }
    }

    /** A file on the learner's own machine, relative to the shell's working folder. */
    record FileExistsLocal(String path, String why) implements Check {
        @Override
        public String type() {
            return "file_exists_local";
        }
    }
}
