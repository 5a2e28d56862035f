package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilab.slurm.hostlist.HostList;

/** The environment slurmd gives a batch script: SLURM_JOB_ID, SLURM_NODELIST, SLURM_ARRAY_*, ... */
final class JobEnvironments {

    private JobEnvironments() {
    }

    /**
     * @param arrayTasks every task of the job's array in index order (null for a plain job)
     * @param now        start time (epoch seconds), handed to {@code date} as PILAB_NOW
     */
    static JobEnvironment build(Job j, Node[] nodes, List<Job> arrayTasks, String clusterName, long now) {
        Map<String, String> env = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int n : j.allocNodes) {
            names.add(nodes[n].name());
        }
        String first = names.isEmpty() ? "" : names.get(0);
        String list = HostList.compress(names);
        env.put("SLURM_JOB_ID", Long.toString(j.id));
        env.put("SLURM_JOBID", Long.toString(j.id));
        env.put("SLURM_JOB_NAME", j.name);
        env.put("SLURM_JOB_NODELIST", list);
        env.put("SLURM_NODELIST", list);
        env.put("SLURM_JOB_NUM_NODES", Integer.toString(names.size()));
        env.put("SLURM_NNODES", Integer.toString(names.size()));
        env.put("SLURM_NTASKS", Integer.toString(j.ntasks));
        env.put("SLURM_NPROCS", Integer.toString(j.ntasks));
        env.put("SLURM_CPUS_PER_TASK", Integer.toString(j.cpusPerTask));
        env.put("SLURM_CPUS_ON_NODE", Integer.toString(j.allocCores.length == 0 ? 0 : j.allocCores[0]));
        env.put("SLURM_JOB_PARTITION", j.partition.name());
        env.put("SLURM_SUBMIT_DIR", j.workDir);
        env.put("SLURM_CLUSTER_NAME", clusterName);
        env.put("SLURM_JOB_USER", j.user);
        env.put("SLURM_JOB_UID", Integer.toString(j.uid));
        env.put("SLURMD_NODENAME", first);
        env.put("USER", j.user);
        env.put("PILAB_NOW", Long.toString(now));
        if (j.restarts > 0) {
            env.put("SLURM_RESTART_COUNT", Integer.toString(j.restarts));
        }
        if (j.isArrayTask() && arrayTasks != null) {
            int min = arrayTasks.get(0).arrayTaskId;
            int max = arrayTasks.get(arrayTasks.size() - 1).arrayTaskId;
            // SLURM_ARRAY_TASK_STEP is the stride when the indices are evenly spaced, else 1.
            int step = arrayTasks.size() > 1 ? arrayTasks.get(1).arrayTaskId - min : 1;
            for (int i = 2; i < arrayTasks.size(); i++) {
                if (arrayTasks.get(i).arrayTaskId - arrayTasks.get(i - 1).arrayTaskId != step) {
                    step = 1;
                    break;
                }
            }
            env.put("SLURM_ARRAY_JOB_ID", Long.toString(j.arrayJobId));
            env.put("SLURM_ARRAY_TASK_ID", Integer.toString(j.arrayTaskId));
            env.put("SLURM_ARRAY_TASK_COUNT", Integer.toString(arrayTasks.size()));
            env.put("SLURM_ARRAY_TASK_MIN", Integer.toString(min));
            env.put("SLURM_ARRAY_TASK_MAX", Integer.toString(max));
            env.put("SLURM_ARRAY_TASK_STEP", Integer.toString(step));
        }
        return new JobEnvironment(env, first, names, j.ntasks, j.tasksPerNode);
    }
}
