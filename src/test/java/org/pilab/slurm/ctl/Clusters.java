package org.pilab.slurm.ctl;

/** slurm.conf texts the controller tests share. */
final class Clusters {

    static final long T0 = SlurmTimes.parseDate("2026-01-01T09:00:00");

    private Clusters() {
    }

    /** Four 4-core, 3800 MB nodes in one default partition, with extra lines appended. */
    static ClusterSpec fourPis(String scheduler, String extra) {
        return ClusterSpecs.fromText("""
                ClusterName=pilab
                SlurmctldHost=pi01
                SchedulerType=%s
                SelectType=select/cons_tres
                SelectTypeParameters=CR_Core_Memory
                DefMemPerCPU=256
                %s
                NodeName=pi[01-04] CPUs=4 RealMemory=3800 State=UNKNOWN
                PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
                """.formatted(scheduler, extra));
    }

    static JobRequest job(int ntasks, long limitMin, long runSeconds) {
        return new JobRequest().ntasks(ntasks).timeLimitMinutes(limitMin).payload(JobPayload.fixed(runSeconds, 0))
                .name("j").workDir("/home/pi");
    }
}
