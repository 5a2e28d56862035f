package org.pilab.slurm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lab built from the real-cluster bundle's slurm.conf (jobcomp/filetxt, no slurmdbd). */
class JobCompLabTest {

    private static LabTranscript bundleLab() throws IOException {
        String conf = Files.readString(Path.of("src/test/resources/testbed/jobcomp/slurm.conf"), StandardCharsets.UTF_8);
        return new LabTranscript(Scenarios.fromSlurmConf(conf, 7));
    }

    @Test
    void finishedJobsAreLinesInJobCompLocOnTheHead() throws IOException {
        LabTranscript t = bundleLab();
        t.run("ssh pi01 \"sbatch --wrap 'echo hi'; sbatch -J failer --wrap 'exit 3'\"");
        t.run("sleep 5");
        String log = t.run("ssh pi01 cat /var/log/slurm/jobcomp.log");
        assertEquals(2, log.lines().count(), log);
        assertTrue(log.startsWith("JobId=1 UserId=pi(1000) GroupId=pi(1000) Name=wrap JobState=COMPLETED Partition=short "
                + "TimeLimit=60 "), log);
        assertTrue(log.contains(" NodeList=pi01 NodeCnt=1 ProcCnt=1 WorkDir=/home/pi ReservationName= "
                + "Tres=cpu=1,mem=948M,node=1,billing=1 Account= QOS= WcKey= Cluster=unknown "), log);
        assertTrue(log.contains("Name=failer JobState=FAILED"), log);
        assertTrue(log.contains(" DerivedExitCode=0:0 ExitCode=3:0 \n"), log);
        // slurmctld runs as SlurmUser and creates the file 0644
        assertTrue(t.run("ssh pi01 ls -l /var/log/slurm/jobcomp.log").startsWith("-rw-r--r-- 1 slurm slurm "));
    }

    @Test
    void sacctCompletionNeedsAFileTheCallerCanWrite() throws IOException {
        LabTranscript t = bundleLab();
        t.run("ssh pi01 \"sbatch -J failer --wrap 'exit 3'\"");
        t.run("sleep 5");
        assertEquals("sacct: fatal: open /var/log/slurm/jobcomp.log: Permission denied\n", t.run("ssh pi01 sacct -c"));
        String asRoot = t.run("ssh pi01 sudo sacct -c");
        assertTrue(asRoot.startsWith("""
                JobID           UID    JobName  Partition   NNodes        NodeList      State                 End\s
                ------------ ------ ---------- ---------- -------- --------------- ---------- -------------------\s
                1              1000     failer      short        1            pi01     FAILED 20"""), asRoot);
        assertEquals("Slurm accounting storage is disabled\n", t.run("ssh pi01 sacct"));
    }

    @Test
    void sacctCompletionOnlyReadsTheFileSoItWorksWithSlurmctldStopped() throws IOException {
        LabTranscript t = bundleLab();
        t.run("ssh pi01 \"sbatch -J failer --wrap 'exit 3'\"");
        t.run("sleep 5");
        t.run("ssh pi01 sudo systemctl stop slurmctld");
        assertTrue(t.run("ssh pi01 squeue").contains("Unable to contact slurm controller"));
        String out = t.run("ssh pi01 sudo sacct -c -o JobID,JobName,State,ExitCode -n");
        assertEquals("1                failer     FAILED      3:0 \n", out);
    }
}
