package org.pilab.slurm.ctl;

import java.util.SplittableRandom;

/**
 * A seeded synthetic workload written in the Standard Workload Format of the Parallel Workloads
 * Archive (Feitelson, Tsafrir and Krakov, JPDC 2014): Poisson arrivals, power-of-two sizes,
 * log-uniform run times and user estimates 1-3x the run time (users over-estimate, which is
 * what makes backfill matter). Same seed, same trace.
 */
public final class SyntheticTrace {

    private SyntheticTrace() {
    }

    /**
     * @param meanInterarrival mean seconds between submissions
     * @param maxProcs largest job, in processors (power of two sizes up to it)
     */
    public static String generate(int jobs, long seed, int maxProcs, double meanInterarrival) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder();
        sb.append("; Version: 2.2\n");
        sb.append("; Computer: synthetic (pilab SyntheticTrace)\n");
        sb.append("; Installation: Pi Cluster Lab\n");
        sb.append("; Note: generated with seed ").append(seed).append("; format of the Parallel Workloads Archive\n");
        sb.append(";       (Feitelson, Tsafrir and Krakov, JPDC 2014)\n");
        sb.append("; MaxJobs: ").append(jobs).append('\n');
        sb.append("; MaxProcs: ").append(maxProcs).append('\n');
        int maxExp = 31 - Integer.numberOfLeadingZeros(Math.max(1, maxProcs));
        long t = 0;
        for (int i = 1; i <= jobs; i++) {
            t += (long) Math.ceil(-Math.log(1 - rnd.nextDouble()) * meanInterarrival);
            int procs = 1 << rnd.nextInt(maxExp + 1);
            if (rnd.nextInt(4) == 0) {
                procs = 1 + rnd.nextInt(Math.max(1, maxProcs));
            }
            long run = Math.max(1, (long) Math.exp(Math.log(10) + rnd.nextDouble() * (Math.log(14400) - Math.log(10))));
            long req = (long) Math.ceil(run * (1 + 2 * rnd.nextDouble()) / 60.0) * 60;
            int user = 1 + rnd.nextInt(20);
            sb.append(i).append(' ').append(t).append(" -1 ").append(run).append(' ').append(procs)
                    .append(" -1 -1 ").append(procs).append(' ').append(req).append(" -1 1 ").append(user)
                    .append(" 1 -1 1 1 -1 -1\n");
        }
        return sb.toString();
    }
}
