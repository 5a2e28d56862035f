package org.pilab.slurm.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** scontrol show job names the host each job was submitted from (AllocNode). */
class AllocNodeTest {

    /** The id --parsable printed (ssh may add its own lines, e.g. a first-contact warning). */
    private static String jobId(String output) {
        return output.lines().filter(l -> l.matches("\\d+")).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no job id in: " + output));
    }

    @Test
    void jobsSubmittedOnDifferentPisShowTheirOwnHost() {
        LabTranscript t = new LabTranscript(Scenarios.slurmReady(12));
        String one = jobId(t.run("ssh pi01 \"sbatch --parsable --wrap 'sleep 60'\""));
        String two = jobId(t.run("ssh pi03 \"sbatch --parsable --wrap 'sleep 60'\""));
        String first = t.run("ssh pi01 scontrol show job " + one);
        String second = t.run("ssh pi01 scontrol show job " + two);
        assertTrue(first.contains("AllocNode:Sid=pi01:"), first);
        assertTrue(second.contains("AllocNode:Sid=pi03:"), second);
    }
}
