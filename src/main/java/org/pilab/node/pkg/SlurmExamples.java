package org.pilab.node.pkg;

/**
 * The example configurations slurm-client ships (comments removed), which guides tell learners
 * to start from. Kept as text; {@code zcat} shows them.
 */
final class SlurmExamples {

    private SlurmExamples() {
    }

    static final String SLURM_CONF_SIMPLE = """
            ClusterName=cluster
            SlurmctldHost=workstation
            ProctrackType=proctrack/linuxproc
            ReturnToService=2
            SlurmctldPidFile=/run/slurmctld.pid
            SlurmdPidFile=/run/slurmd.pid
            SlurmdSpoolDir=/var/lib/slurm/slurmd
            StateSaveLocation=/var/lib/slurm/slurmctld
            SlurmUser=slurm
            TaskPlugin=task/none
            SchedulerType=sched/backfill
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core_Memory
            AccountingStorageType=accounting_storage/none
            JobCompType=jobcomp/none
            JobAcctGatherType=jobacct_gather/none
            SlurmctldDebug=info
            SlurmctldLogFile=/var/log/slurm/slurmctld.log
            SlurmdDebug=info
            SlurmdLogFile=/var/log/slurm/slurmd.log
            NodeName=server CPUs=16 RealMemory=64000
            PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
            """;

    static final String CGROUP_CONF = """
            CgroupAutomount=yes
            ConstrainCores=yes
            ConstrainDevices=yes
            ConstrainRAMSpace=yes
            ConstrainSwapSpace=yes
            AllowedSwapSpace=200
            """;
}
