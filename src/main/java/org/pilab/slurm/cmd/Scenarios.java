package org.pilab.slurm.cmd;

import org.pilab.hardware.Catalogue;
import org.pilab.hardware.PiModel;

/** Ready-made cluster configurations for lessons and tests. */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * {@code slurm-ready}: four Raspberry Pi 4 (4 GB) nodes pi01-pi04 described by the line
     * {@code slurmd -C} prints on that board (from the hardware catalogue), in the default
     * partition {@code main}, with the testbed's scheduling settings and accounting storage.
     */
    public static String slurmReady() {
        PiModel pi4 = Catalogue.load().model("pi4-4gb");
        return """
                ClusterName=pilab
                SlurmctldHost=pi01
                SchedulerType=sched/backfill
                SelectType=select/cons_tres
                SelectTypeParameters=CR_Core_Memory
                DefMemPerCPU=256
                SlurmdTimeout=300
                ReturnToService=2
                AccountingStorageType=accounting_storage/slurmdbd
                %s State=UNKNOWN
                PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
                """.formatted(pi4.slurmdConfigLine("pi[01-04]"));
    }
}
