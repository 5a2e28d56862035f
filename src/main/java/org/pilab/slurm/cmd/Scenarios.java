package org.pilab.slurm.cmd;

/** Ready-made cluster configurations for lessons and tests. */
public final class Scenarios {

    /**
     * {@code slurm-ready}: four Raspberry Pi 4 (4 GB) nodes, 4 cores and RealMemory=3800 each, in
     * the default partition {@code main}; the testbed's scheduling settings.
     */
    public static final String SLURM_READY = """
            ClusterName=pilab
            SlurmctldHost=pi01
            SchedulerType=sched/backfill
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core_Memory
            DefMemPerCPU=256
            SlurmdTimeout=300
            ReturnToService=2
            AccountingStorageType=accounting_storage/slurmdbd
            NodeName=pi[01-04] CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3800 State=UNKNOWN
            PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
            """;

    private Scenarios() {
    }
}
