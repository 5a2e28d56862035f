package org.pilab.slurm.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code scontrol update NodeName=... State=RESUME}: only a down or drained node can be resumed. */
class NodeResumeTest {

    private static VirtualCluster cluster() {
        VirtualCluster vc = VirtualCluster.fromConfText(Scenarios.slurmReady(), 3);
        vc.as("root", 0, "/root");
        return vc;
    }

    @Test
    void resumingAnIdleNodeIsRefusedAndChangesNothing() {
        VirtualCluster vc = cluster();
        CommandResult r = vc.run("scontrol update nodename=pi02 state=resume");
        assertEquals(1, r.exitCode());
        assertEquals("slurm_update error: Invalid node state specified\n", r.stderr());
        assertEquals("idle\n", vc.run("sinfo -h -n pi02 -o %t").stdout());
    }

    @Test
    void aDrainedNodeInTheListIsResumedWhileTheIdleOneIsRefused() {
        VirtualCluster vc = cluster();
        vc.run("scontrol update nodename=pi03 state=drain reason=\"fan check\"");
        assertEquals("drain\n", vc.run("sinfo -h -n pi03 -o %t").stdout());
        CommandResult r = vc.run("scontrol update nodename=pi[02-03] state=resume");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("Invalid node state specified"), r.stderr());
        assertEquals("idle\n", vc.run("sinfo -h -n pi03 -o %t").stdout());
    }
}
