package org.pilab.slurm.ctl;

import java.util.List;
import java.util.Map;

/**
 * What a payload sees when its job starts: the SLURM_* environment, the node the batch script
 * runs on, every allocated node, and the task count (for {@code srun}).
 */
public record JobEnvironment(Map<String, String> variables, String batchHost, List<String> nodes, int ntasks,
        int[] tasksPerNode) {

    public JobEnvironment {
        variables = Map.copyOf(variables);
        nodes = List.copyOf(nodes);
        tasksPerNode = tasksPerNode.clone();
    }

    public String get(String name) {
        return variables.get(name);
    }
}
