package org.pilab.slurm.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.slurm.time.SlurmDuration;

/** slurm.conf syntax as parse_config.c reads it. */
class ParserSyntaxTest {

    private static final String BASE = "ClusterName=pilab\nSlurmctldHost=pi01\n";

    @Test
    void keysIgnoreCaseAndAreStoredInSlurmsSpelling() {
        ParseResult r = SlurmConfParser.parse("clustername=lab\nSLURMCTLDHOST=pi01\n"
                + "nodename=pi01 cpus=4 realmemory=3794\npartitionname=main nodes=ALL\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals(new Setting("ClusterName", "lab"), r.config().settings().get(0));
        assertEquals(4, r.config().nodes().get(0).cpus());
    }

    @Test
    void quotedValuesEscapedHashesAndComments() {
        ParseResult r = SlurmConfParser.parse(BASE
                + "MailProg=\"/usr/bin/mail -s x\"   # the mailer\n"
                + "JobCompLoc=/var/log/slurm\\#1\n"
                + "NodeName=pi01 CPUs=4 # trailing comment\nPartitionName=main Nodes=pi01\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals("/usr/bin/mail -s x", r.config().value("MailProg").orElseThrow());
        assertEquals("/var/log/slurm#1", r.config().value("JobCompLoc").orElseThrow());
    }

    @Test
    void backslashContinuesANodeLine() {
        ParseResult r = SlurmConfParser.parse(BASE + "NodeName=pi[01-02] \\\n"
                + "   CPUs=4 RealMemory=3794 \\\n   State=UNKNOWN\nPartitionName=main Nodes=ALL\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        NodeConfig n = r.config().nodes().get(1);
        assertEquals("pi02", n.name());
        assertEquals(3794, n.realMemoryMb());
    }

    @Test
    void laterValueWinsAndTheRepeatIsPointedOut() {
        ParseResult r = SlurmConfParser.parse(BASE + "SlurmdTimeout=10\nSlurmdTimeout=20\n"
                + "NodeName=pi01\nPartitionName=main Nodes=ALL\n");
        assertEquals(20, r.config().slurmdTimeoutSeconds());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(List.of("slurmctld: error: SlurmdTimeout 1 specified more than once, latest"
                + " value used"), d.slurmctldLines());
        assertEquals(4, d.line());
        assertTrue(d.hint().contains("line 3"), d.hint());
    }

    @Test
    void includeIsKeptButNotRead() {
        ParseResult r = SlurmConfParser.parse(BASE + "Include /etc/slurm/nodes.conf\n"
                + "NodeName=pi01\nPartitionName=main Nodes=ALL\n");
        assertFalse(r.hasErrors());
        assertEquals("/etc/slurm/nodes.conf", r.config().value("Include").orElseThrow());
        assertTrue(SlurmConfWriter.write(r.config()).contains("Include /etc/slurm/nodes.conf\n"));
    }

    @Test
    void nodeAddressListsPairWithNodeNames() {
        List<NodeConfig> nodes = SlurmConfParser.parseOrThrow(BASE
                + "NodeName=pi[01-03] NodeAddr=192.168.1.[101-103] CPUs=4\n"
                + "PartitionName=main Nodes=ALL\n").nodes();
        assertEquals(List.of("192.168.1.101", "192.168.1.102", "192.168.1.103"),
                nodes.stream().map(NodeConfig::address).toList());
        assertEquals("pi02", nodes.get(1).hostname(), "hostname defaults to the node name");
    }

    @Test
    void partitionDefaultsApplyToLaterPartitions() {
        SlurmConfig c = SlurmConfParser.parseOrThrow(BASE + "NodeName=pi[01-04] CPUs=4\n"
                + "PartitionName=DEFAULT MaxTime=30 State=UP\n"
                + "PartitionName=short Nodes=pi[01-02] Default=YES\n"
                + "PartitionName=long Nodes=pi[03-04] MaxTime=2-00:00:00 PriorityTier=2\n");
        List<PartitionConfig> parts = c.partitions();
        assertEquals(2, parts.size());
        assertEquals(30, parts.get(0).maxTimeMinutes());
        assertEquals(2 * 1440, parts.get(1).maxTimeMinutes());
        assertEquals(2, parts.get(1).priorityTier());
        assertEquals(List.of("pi03", "pi04"), parts.get(1).nodes());
        assertEquals("short", c.defaultPartition().orElseThrow().name());
    }

    @Test
    void unsetPartitionValuesTakeSlurmDefaults() {
        PartitionConfig p = SlurmConfParser.parseOrThrow(BASE + "NodeName=pi01\n"
                + "PartitionName=main Nodes=pi01\n").partitions().get(0);
        assertEquals(SlurmDuration.INFINITE, p.maxTimeMinutes());
        assertEquals(SlurmDuration.INFINITE, p.maxNodes());
        assertEquals("NO", p.overSubscribe());
        assertEquals("UP", p.state());
        assertEquals(1, p.priorityTier());
        assertFalse(p.isDefault());
    }

    @Test
    void nodeDefaultsFollowSlurm() {
        NodeConfig n = SlurmConfParser.parseOrThrow(BASE + "NodeName=pi01\n"
                + "PartitionName=main Nodes=ALL\n").nodes().get(0);
        assertEquals(1, n.cpus());
        assertEquals(1, n.realMemoryMb());
        assertEquals("UNKNOWN", n.state());
        NodeConfig derived = SlurmConfParser.parseOrThrow(BASE
                + "NodeName=pi01 SocketsPerBoard=1 CoresPerSocket=4\nPartitionName=main"
                + " Nodes=ALL\n").nodes().get(0);
        assertEquals(4, derived.cpus(), "CPUs inferred from sockets x cores x threads");
    }

    @Test
    void multifactorPriorityTyped() {
        SlurmConfig c = SlurmConfParser.parseOrThrow(BASE + "PriorityType=priority/multifactor\n"
                + "PriorityWeightAge=1000\nPriorityWeightFairshare=10000\n"
                + "PriorityDecayHalfLife=14-0\nNodeName=pi01\nPartitionName=main Nodes=ALL\n");
        assertEquals("priority/multifactor", c.priorityType());
        assertEquals(1000, c.priorityWeights().age());
        assertEquals(10000, c.priorityWeights().fairshare());
        assertEquals(0, c.priorityWeights().jobSize());
        assertEquals(14 * 1440, c.priorityDecayHalfLifeMinutes());
    }

    @Test
    void numbersAcceptHexAndKiloLikeStrtoul() {
        SlurmConfig c = SlurmConfParser.parseOrThrow(BASE + "MaxArraySize=0x10\n"
                + "DefMemPerCPU=1k\nNodeName=pi01\nPartitionName=main Nodes=ALL\n");
        assertEquals(16, c.maxArraySize());
        assertEquals(1024, c.defMemPerCpu().getAsLong());
    }
}
