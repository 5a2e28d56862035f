package org.pilab.slurm.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden transcripts of every command in common states. Each golden file was reviewed line by
 * line against SLURM 22.05's printing code (squeue/sinfo print.c, sacct print_fields.c,
 * scontrol info_job.c/info_node.c) and the real output quoted in the project's facts.
 */
class GoldenTranscriptTest {

    private static final String LIMITED = """
            ClusterName=pilab
            SlurmctldHost=pi01
            SchedulerType=sched/backfill
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core_Memory
            DefMemPerCPU=256
            AccountingStorageType=accounting_storage/slurmdbd
            NodeName=pi[01-04] CPUs=4 RealMemory=3800 State=UNKNOWN
            PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
            PartitionName=short Nodes=pi[01-02] MaxTime=30 MaxNodes=1 State=UP
            """;

    private static void check(String name, VirtualCluster vc, List<String> commands) {
        String actual = Transcript.run(vc, commands);
        assertEquals(Transcript.golden(name, actual), actual);
    }

    private static final String HELLO = """
            #!/bin/bash
            #SBATCH --job-name=hello
            #SBATCH --time=00:05:00
            hostname
            sleep 30
            echo "job $SLURM_JOB_ID done"
            """;

    @Test
    void idleCluster() {
        check("idle", VirtualCluster.slurmReady(1), List.of(
                "sinfo", "sinfo -N", "sinfo -s", "sinfo -l", "sinfo -o \"%P %c %m %C\"", "squeue",
                "scontrol ping", "scontrol show node pi01", "scontrol show partition main"));
    }

    @Test
    void mixedCluster() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        vc.writeFile("hello.sh", HELLO);
        check("mixed", vc, List.of(
                "sbatch hello.sh", "sbatch -n 2 --wrap=\"sleep 600\"", "sbatch -N 2 -n 2 -J twonodes -t 10 --wrap 'sleep 300'",
                "sbatch --parsable -c 4 -t 1:00:00 --wrap 'sleep 100'", "sleep 5",
                "squeue", "squeue -l", "squeue -o \"%.7i %.10j %.2t %.6C %N\"", "squeue -O jobid,name,state,numcpus",
                "sinfo", "sinfo -N", "sinfo -s", "scontrol show job 1", "scontrol show node pi02",
                "sleep 30", "cat hello.sh", "cat slurm-1.out", "squeue -u root -t R"));
    }

    @Test
    void pendingReasons() {
        VirtualCluster vc = VirtualCluster.fromConfText(LIMITED, 1);
        check("pending-reasons", vc, List.of(
                "sbatch -N 4 -n 16 -t 60 --wrap 'sleep 3000'",
                "sbatch -N 4 -n 16 -t 60 -J big --wrap 'sleep 60'",
                "sbatch -n 1 -t 5 -J later --wrap 'sleep 60'",
                "sbatch -p short -t 60 -J toolong --wrap 'sleep 1'",
                "sbatch -p short -N 2 -t 5 -J toowide --wrap 'sleep 1'",
                "sbatch -d afterok:1 -J needs1 --wrap 'true'",
                "sbatch --begin=now+3600 -J tomorrow --wrap 'true'",
                "sbatch -H -J held --wrap 'true'",
                "sleep 31",
                "squeue", "squeue --start", "squeue -t PD -o \"%.4i %.9P %.8j %r\"",
                "scontrol show job 2"));
    }

    @Test
    void unavailableNodes() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        check("unavailable-nodes", vc, List.of(
                "scontrol update NodeName=pi[03-04] State=DRAIN Reason=\"fan broken\"",
                "scontrol update NodeName=pi02 State=DOWN Reason=cable",
                "sbatch -n 8 -J many --wrap 'sleep 10'", "sbatch -N 2 -J wide --wrap 'sleep 10'",
                "sleep 1", "squeue", "scontrol show job 1", "scancel 1", "sleep 1", "squeue", "scontrol show job 2",
                "sinfo", "sinfo -R", "scontrol show node pi02",
                "scontrol update NodeName=pi02 State=RESUME", "sleep 1", "squeue", "sinfo"));
    }

    @Test
    void jobArrays() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        vc.writeFile("array.sh", """
                #!/bin/bash
                #SBATCH --array=0-9%4
                #SBATCH -c 2
                #SBATCH -t 5
                #SBATCH -o out/task-%A_%a.txt
                echo "task $SLURM_ARRAY_TASK_ID of $SLURM_ARRAY_TASK_COUNT (min $SLURM_ARRAY_TASK_MIN max $SLURM_ARRAY_TASK_MAX) on $(hostname)"
                sleep 60
                """);
        check("arrays", vc, List.of(
                "sbatch array.sh", "sbatch --array=1-7:2 --wrap 'sleep 5'", "sleep 1",
                "squeue", "squeue -r", "scancel 1_[8-9]", "squeue",
                "sleep 400", "squeue", "sacct", "sacct -X -j 1",
                "cat out/task-1_0.txt", "cat slurm-6_3.out", "sbatch --array=0-2000 --wrap true",
                "sbatch --array=3-1 --wrap true"));
    }

    @Test
    void finishedJobsInSacct() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        vc.writeFile("fail.sh", "#!/bin/bash\necho about to fail\nnosuchcommand\nexit 1\n");
        vc.writeFile("slow.sh", "#!/bin/bash\n#SBATCH -t 1\necho starting\nsleep 300\necho never printed\n");
        check("sacct-states", vc, List.of(
                "sbatch --wrap hostname", "sbatch fail.sh", "sbatch slow.sh",
                "sbatch -J a-very-long-job-name -t 10 --wrap 'sleep 600'", "sleep 5", "scancel 4", "sleep 120",
                "sacct", "sacct -X", "sacct --format=JobID,JobName%25,State,ExitCode,Elapsed,NNodes,NodeList",
                "sacct -j 2 -o jobid,state,exitcode -P", "sacct --name=hello", "sacct -X -s F,TO",
                "cat slurm-2.out", "cat slurm-3.out", "cat slurm-4.out", "scontrol show job 3"));
    }

    @Test
    void errorsInSlurmsWords() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        vc.writeFile("noshebang.sh", "hostname\n");
        check("errors", vc, List.of(
                "sbatch -p nosuch --wrap true", "sbatch --array=x --wrap true", "sbatch -t abc --wrap true",
                "sbatch missing.sh", "sbatch noshebang.sh", "sbatch -N 5 --wrap true", "sbatch -n 17 --wrap true",
                "sbatch --mem=5000 --wrap true", "sbatch -d afterok:99 --wrap true", "sbatch --bogus",
                "squeue -z", "squeue --bogus", "squeue -j 99", "squeue -t XX",
                "scancel", "scancel 99", "scancel abc", "scontrol show job 99", "scontrol show node pi09",
                "scontrol show partition nosuch", "scontrol update NodeName=pi01 State=DRAIN",
                "scontrol update NodeName=pi01 State=BOGUS Reason=x", "scontrol frobnicate", "sprio",
                "sacct --format=JobID,Bogus", "srun -N 5 hostname", "nosuchcommand"));
    }

    @Test
    void nodeLosesPowerAndItsJobIsRequeued() {
        VirtualCluster vc = VirtualCluster.fromConfText("""
                ClusterName=pilab
                SlurmctldHost=pi01
                SchedulerType=sched/backfill
                SchedulerParameters=bf_interval=5
                SelectType=select/cons_tres
                SelectTypeParameters=CR_Core_Memory
                DefMemPerCPU=256
                SlurmdTimeout=10
                ReturnToService=2
                AuthInfo=socket=/run/munge/munge.socket.2,cred_expire=30
                AccountingStorageType=accounting_storage/slurmdbd
                NodeName=pi[01-04] CPUs=4 RealMemory=3800
                PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
                """, 1);
        vc.run("sbatch -N 1 -c 4 -J survivor --wrap 'sleep 600'");
        vc.run("sbatch -N 1 -c 4 -J fragile --no-requeue --wrap 'sleep 600'");
        vc.run("sleep 5");
        vc.powerOff("pi01");
        vc.powerOff("pi02");
        check("node-failure", vc, List.of(
                "sinfo", "sleep 10", "sinfo", "sinfo -R", "squeue", "sleep 60", "squeue", "sacct -X",
                "cat slurm-2.out"));
        vc.powerOn("pi01");
        vc.powerOn("pi02");
        assertEquals("PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n"
                + "main*        up   infinite      1  alloc pi03\n"
                + "main*        up   infinite      3   idle pi[01-02,04]\n", vc.run("sinfo").stdout());
    }

    @Test
    void srunAndScancelFilters() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        check("srun-scancel", vc, List.of(
                "srun hostname", "srun --nodes=3 hostname", "srun -n 2 echo hi", "srun -N 1 false",
                "sbatch -J keep --wrap 'sleep 1000'", "sbatch -J drop --wrap 'sleep 1000'",
                "sbatch -J drop --wrap 'sleep 1000'", "scancel -n drop", "squeue", "scancel -u root", "squeue",
                "sacct -X"));
    }

    @Test
    void multifactorPriorityInSprio() {
        VirtualCluster vc = VirtualCluster.fromConfText("""
                ClusterName=pilab
                SlurmctldHost=pi01
                PriorityType=priority/multifactor
                PriorityWeightAge=1000
                PriorityWeightFairshare=10000
                PriorityWeightJobSize=500
                PriorityWeightPartition=1000
                SelectType=select/cons_tres
                SelectTypeParameters=CR_Core_Memory
                DefMemPerCPU=256
                NodeName=pi[01-04] CPUs=4 RealMemory=3800
                PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
                """, 1);
        check("sprio", vc, List.of(
                "sbatch -N 4 -n 16 --wrap 'sleep 3600'", "sbatch -n 8 --wrap 'sleep 60'", "sbatch -n 1 --wrap 'sleep 60'",
                "sleep 600", "sprio", "sprio -w", "squeue"));
    }
}
