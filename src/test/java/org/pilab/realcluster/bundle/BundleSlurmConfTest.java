package org.pilab.realcluster.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.hardware.Catalogue;
import org.pilab.hardware.PiModel;
import org.pilab.slurm.conf.NodeConfig;
import org.pilab.slurm.conf.ParseResult;
import org.pilab.slurm.conf.PartitionConfig;
import org.pilab.slurm.conf.Severity;
import org.pilab.slurm.conf.SlurmConfParser;
import org.pilab.slurm.conf.SlurmConfig;
import org.pilab.realcluster.TestKeys;

/** The bundle's slurm.conf read back the way slurmctld reads it. */
class BundleSlurmConfTest {

    private static SlurmConfig parse(ClusterPlan plan) {
        ParseResult r = SlurmConfParser.parse(BundleSlurmConf.render(plan));
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), r.diagnostics().toString());
        return r.config();
    }

    @Test
    void everyModelGetsItsCoresAndTheRealMemorySlurmdReports() {
        for (PiModel model : Catalogue.load().models()) {
            ClusterPlan plan = new ClusterPlan("pilab", 3, model, "pi01", Ipv4Subnet.parse("10.0.0.0/24"), "pi",
                    SshPublicKey.parse(TestKeys.ed25519PublicLine(""), "k.pub"), OsRelease.BOOKWORM);
            SlurmConfig conf = parse(plan);
            List<NodeConfig> nodes = conf.nodes();
            assertEquals(List.of("pi01", "pi02", "pi03"), nodes.stream().map(NodeConfig::name).toList());
            for (NodeConfig n : nodes) {
                assertEquals(model.cores(), n.cpus(), model.id());
                assertEquals(model.realMemoryMb(), n.realMemoryMb(), model.id());
            }
            assertEquals("10.0.0.12", nodes.get(1).address());
            // Every core can take a 1-CPU job without the memory running out first.
            assertTrue(conf.defMemPerCpu().getAsLong() * model.cores() <= model.realMemoryMb(), model.id());
        }
    }

    @Test
    void schedulingIsBackfillOnCoresAndMemoryWithShortAndLongPartitions() {
        SlurmConfig conf = parse(ClusterPlanTest.plan(4, "pi01", "10.0.0.0/24", OsRelease.BOOKWORM));
        assertEquals("sched/backfill", conf.schedulerType());
        assertEquals("select/cons_tres", conf.selectType());
        assertEquals("CR_Core_Memory", conf.selectTypeParameters().orElseThrow());
        assertTrue(conf.defMemPerCpu().isPresent());
        assertEquals("pi01", conf.primaryController().orElseThrow().hostname());
        assertEquals("10.0.0.11", conf.primaryController().orElseThrow().address());
        List<PartitionConfig> parts = conf.partitions();
        assertEquals(List.of("short", "long"), parts.stream().map(PartitionConfig::name).toList());
        assertEquals("short", conf.defaultPartition().orElseThrow().name());
        assertTrue(parts.get(1).maxTimeMinutes() > parts.get(0).maxTimeMinutes());
        for (PartitionConfig p : parts) {
            assertEquals(4, p.nodes().size());
        }
        assertEquals("slurm", conf.value("SlurmUser").orElseThrow());
    }

    @Test
    void cgroupConfFollowsTheSlurmRelease() {
        String bookworm = CgroupConf.render(OsRelease.BOOKWORM);
        String trixie = CgroupConf.render(OsRelease.TRIXIE);
        assertTrue(bookworm.contains("CgroupAutomount=yes"));
        assertTrue(!trixie.contains("CgroupAutomount"), "24.11 dropped CgroupAutomount");
        assertTrue(trixie.contains("CgroupPlugin=cgroup/v2"));
        assertTrue(bookworm.contains("ConstrainRAMSpace=yes") && trixie.contains("ConstrainCores=yes"));
    }
}
