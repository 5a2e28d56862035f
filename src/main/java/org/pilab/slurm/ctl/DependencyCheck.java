package org.pilab.slurm.ctl;

import java.util.List;
import java.util.function.LongFunction;

/** Whether a job's {@code --dependency} terms hold: all must (SLURM's comma means AND). */
final class DependencyCheck {

    private DependencyCheck() {
    }

    /**
     * @param targets the jobs a term on a given id waits for (every task of an array)
     * @return null when every term holds, else Dependency or DependencyNeverSatisfied
     */
    static JobReason state(Job j, LongFunction<List<Job>> targets) {
        for (Dependency d : j.dependencies) {
            for (Job t : targets.apply(d.jobId())) {
                JobReason r = term(d.type(), t.state);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static JobReason term(String type, JobState target) {
        return switch (type) {
            case "after" -> target == JobState.PENDING ? JobReason.DEPENDENCY : null;
            case "afterany" -> target.finished() ? null : JobReason.DEPENDENCY;
            case "afterok" -> !target.finished() ? JobReason.DEPENDENCY
                    : target != JobState.COMPLETED ? JobReason.DEPENDENCY_NEVER_SATISFIED : null;
            case "afternotok" -> !target.finished() ? JobReason.DEPENDENCY
                    : target == JobState.COMPLETED ? JobReason.DEPENDENCY_NEVER_SATISFIED : null;
            default -> throw new IllegalStateException("unknown dependency type " + type);
        };
    }
}
