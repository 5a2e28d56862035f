package org.pilab.slurm.ctl;

import java.util.Map;

/**
 * priority/multifactor: priority = w_age*age + w_fs*fairshare + w_size*size + w_part*partition
 * + w_qos*qos - nice, every factor in [0, 1]. Fair share is the classic F = 2^(-U/S) with equal
 * shares S = 1/users and U the user's fraction of all CPU-seconds used so far (no decay).
 */
final class MultifactorPriority {

    private final SchedulerSettings s;
    private final int clusterCpus;
    private final int maxPartitionFactor;

    MultifactorPriority(SchedulerSettings s, int clusterCpus, int maxPartitionFactor) {
        this.s = s;
        this.clusterCpus = clusterCpus;
        this.maxPartitionFactor = Math.max(1, maxPartitionFactor);
    }

    PriorityFactors factors(Job job, long now, Map<String, Double> usage) {
        double ageFactor = 0;
        if (job.eligibleTime > 0 && now > job.eligibleTime) {
            ageFactor = Math.min(1.0, (double) (now - job.eligibleTime) / s.priorityMaxAgeSec());
        }
        double size = Math.min(1.0, (double) job.requestedCpus() / clusterCpus);
        double sizeFactor = s.favorSmall() ? 1.0 - size + 1.0 / clusterCpus : size;
        double partFactor = (double) job.partition.spec().priorityJobFactor() / maxPartitionFactor;
        double fs = fairshare(job.user, usage);
        long age = Math.round(s.weightAge() * ageFactor);
        long fsPart = Math.round(s.weightFairshare() * fs);
        long sizePart = Math.round(s.weightJobSize() * Math.min(1.0, sizeFactor));
        long partPart = Math.round(s.weightPartition() * partFactor);
        long total = Math.max(1, age + fsPart + sizePart + partPart - job.nice);
        return new PriorityFactors(total, age, fsPart, sizePart, partPart, 0, job.nice);
    }

    static double fairshare(String user, Map<String, Double> usage) {
        double total = 0;
        for (double u : usage.values()) {
            total += u;
        }
        if (total <= 0) {
            return 1.0;
        }
        int users = Math.max(1, usage.size() + (usage.containsKey(user) ? 0 : 1));
        double shares = 1.0 / users;
        double used = usage.getOrDefault(user, 0.0) / total;
        return Math.pow(2.0, -used / shares);
    }
}
