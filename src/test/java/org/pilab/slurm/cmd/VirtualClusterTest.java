package org.pilab.slurm.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pilab.slurm.conf.SlurmConfParser;
import org.pilab.slurm.ctl.OutputLine;
import org.pilab.slurm.ctl.PayloadResult;

class VirtualClusterTest {

    @Test
    void buildsFromTheParsedConfigModel() {
        VirtualCluster vc = VirtualCluster.fromConf(SlurmConfParser.parseOrThrow(Scenarios.slurmReady()), 7);
        assertEquals(4, vc.controller().nodes().size());
        assertEquals("main", vc.controller().defaultPartition().name());
        assertEquals(7, vc.seed());
    }

    @Test
    void sleepMovesTheVirtualClockOnly() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        long t0 = vc.controller().now();
        assertEquals(0, vc.run("sleep 90").exitCode());
        assertEquals(0, vc.run("sleep 1m").exitCode());
        assertEquals(t0 + 150, vc.controller().now());
        assertEquals(1, vc.run("sleep soon").exitCode());
    }

    @Test
    void commandsRunAsTheGivenUserInTheirDirectory() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        vc.as("pi", 1000, "/home/pi");
        vc.writeFile("job.sh", "#!/bin/bash\necho $USER in $SLURM_SUBMIT_DIR\n");
        assertEquals("Submitted batch job 1\n", vc.run("sbatch job.sh").stdout());
        vc.run("sleep 1");
        assertEquals("pi in /home/pi\n", vc.readFile("/home/pi/slurm-1.out"));
        vc.run("sbatch --wrap 'sleep 100'");
        vc.as("bob", 1001, "/home/bob");
        CommandResult denied = vc.run("scancel 2");
        assertEquals("scancel: error: Kill job error on job id 2: Access/permission denied\n", denied.stderr());
        vc.as("pi", 1000, "/home/pi");
        assertEquals(new CommandResult("", "", 0), vc.run("scancel 2"));
        assertEquals("scancel: error: Kill job error on job id 1: Job/step already completing or completed\n",
                vc.run("scancel 1").stderr());
    }

    @Test
    void registeredCommandsRunInsideJobs() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        vc.registerCommand("pilab", (argv, env) -> new PayloadResult(
                List.of(new OutputLine(0, false, "result of " + argv.get(3) + " on " + env.batchHost() + "\n")), 0, 120));
        vc.run("sbatch --wrap 'pilab job run spec.json'");
        vc.run("sleep 60");
        assertEquals("R", vc.run("squeue -h -o %t").stdout().strip());
        vc.run("sleep 61");
        assertEquals("result of spec.json on pi01\n", vc.readFile("slurm-1.out"));
    }

    /** Whatever is typed, a command answers with text and a status: it never throws. */
    @Test
    void garbageNeverThrows() {
        VirtualCluster vc = VirtualCluster.slurmReady(1);
        SplittableRandom rnd = new SplittableRandom(42);
        String[] commands = {"sbatch", "squeue", "sinfo", "scancel", "scontrol", "sacct", "srun", "sprio"};
        String[] words = {"-N", "-n", "-t", "-p", "-o", "-O", "-j", "-u", "--array", "--wrap", "--format", "show",
            "update", "job", "node", "State=", "NodeName=pi0", "%", "%.", "%20", "x", "0", "-1", "99999999999", "'",
            "\"", "[", "1_[", "--mem", "=", "--", "-", "main", "all", "PD", ":", "1-", "%Z", "--start", "-r"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder line = new StringBuilder(commands[rnd.nextInt(commands.length)]);
            int n = rnd.nextInt(5);
            for (int k = 0; k < n; k++) {
                line.append(rnd.nextBoolean() ? " " : "").append(words[rnd.nextInt(words.length)]);
            }
            CommandResult r = vc.run(line.toString());
            assertNotNull(r);
            assertFalse(r.stderr().contains("internal error"), line + " -> " + r.stderr());
        }
    }
}
