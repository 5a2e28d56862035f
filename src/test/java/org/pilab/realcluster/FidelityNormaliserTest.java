package org.pilab.realcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FidelityNormaliserTest {

    @Test
    void timestampsBecomeOnePlaceholder() {
        assertEquals("slurmstepd-pi01: error: *** JOB 3 ON pi01 CANCELLED AT YYYY-MM-DDTHH:MM:SS ***\n",
                FidelityNormaliser.normalise("@file slurm-3.out",
                        "slurmstepd-pi01: error: *** JOB 3 ON pi01 CANCELLED AT 2026-11-25T20:43:13 ***\n"));
    }

    @Test
    void squeueKeepsItsColumnsButNotTheElapsedTime() {
        String real = """
                             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)
                                 5      long      big     root  R      12:07      1 pi03
                                 3     short      tmo     root  R       0:59      1 pi01
                """;
        assertEquals("""
                             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)
                                 3     short      tmo     root  R       M:SS      1 pi01
                                 5      long      big     root  R       M:SS      1 pi03
                """, FidelityNormaliser.normalise("squeue", real));
    }

    @Test
    void sinfoLongLosesItsDateLine() {
        assertEquals("PARTITION AVAIL\n", FidelityNormaliser.normalise("sinfo -l", "Wed Nov 25 20:43:13 2026\nPARTITION AVAIL\n"));
    }

    @Test
    void showNodeHidesHostAndClockFields() {
        String real = """
                NodeName=pi02 Arch=x86_64 CoresPerSocket=4\s
                   CPUAlloc=4 CPUEfctv=4 CPUTot=4 CPULoad=0.37
                   OS=Linux 6.1.0-26-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30)\s
                   RealMemory=3794 AllocMem=3792 FreeMem=21428 Sockets=1 Boards=1
                   BootTime=2026-11-25T18:00:00 SlurmdStartTime=2026-11-25T20:41:40

                """;
        assertEquals("""
                NodeName=pi02 Arch=* CoresPerSocket=4\s
                   CPUAlloc=4 CPUEfctv=4 CPUTot=4 CPULoad=*
                   RealMemory=3794 AllocMem=3792 FreeMem=* Sockets=1 Boards=1
                   BootTime=* SlurmdStartTime=*

                """, FidelityNormaliser.normalise("scontrol show node pi02", real));
    }

    @Test
    void theBatchShellsTerminatedLineIsIgnoredInOutputFiles() {
        assertEquals("slurmstepd-pi02: error: *** JOB 4 ON pi02 CANCELLED AT YYYY-MM-DDTHH:MM:SS ***\n",
                FidelityNormaliser.normalise("@file slurm-4.out",
                        "slurmstepd-pi02: error: *** JOB 4 ON pi02 CANCELLED AT 2026-11-25T20:41:57 ***\nTerminated\n"));
    }


    @Test
    void showJobHidesTheSubmittingHostAndTheRunTime() {
        assertEquals("   RunTime=* TimeLimit=1-00:00:00 TimeMin=N/A\n   Partition=long AllocNode:Sid=*\n",
                FidelityNormaliser.normalise("scontrol show job 5",
                        "   RunTime=00:00:12 TimeLimit=1-00:00:00 TimeMin=N/A\n   Partition=long AllocNode:Sid=localhost:31178\n"));
    }

}
