package org.pilab.slurm.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.slurm.time.SlurmDuration;

/** Golden test: the slurm.conf that ran real slurmctld/slurmd 22.05 daemons in the testbed. */
class TestbedConfigTest {

    static String testbed() throws IOException {
        try (InputStream in = TestbedConfigTest.class.getResourceAsStream("testbed-slurm.conf")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parsesWithoutDiagnostics() throws IOException {
        ParseResult result = SlurmConfParser.parse(testbed());
        assertEquals(List.of(), result.diagnostics());
        assertFalse(result.hasErrors());
    }

    @Test
    void globalValuesAreTypedWithDefaultsForTheRest() throws IOException {
        SlurmConfig c = SlurmConfParser.parseOrThrow(testbed());
        assertEquals("pilab", c.clusterName().orElseThrow());
        assertEquals(new ControllerHost("slurmctl", "10.77.0.1"), c.primaryController().orElseThrow());
        assertEquals("sched/backfill", c.schedulerType());
        SchedulerParameters sp = c.schedulerParameters();
        assertEquals(5, sp.bfIntervalSeconds());
        assertEquals(0, sp.batchSchedDelaySeconds());
        assertEquals(1440, sp.bfWindowMinutes(), "unset: SLURM default");
        assertEquals(100, sp.defaultQueueDepth(), "unset: SLURM default");
        assertEquals("select/cons_tres", c.selectType());
        assertEquals("CR_Core_Memory", c.selectTypeParameters().orElseThrow());
        assertEquals(256, c.defMemPerCpu().getAsLong());
        assertEquals(10, c.slurmdTimeoutSeconds());
        assertEquals(2, c.returnToService());
        assertTrue(c.jobRequeue());
        assertEquals(1001, c.maxArraySize(), "unset: SLURM default");
        assertEquals("priority/basic", c.priorityType(), "unset: SLURM default");
        assertEquals("socket=<lab>/munge-sock/munge.socket,cred_expire=30",
                c.value("AuthInfo").orElseThrow(), "kept verbatim");
        assertEquals("config_overrides", c.value("slurmdparameters").orElseThrow(),
                "keys ignore case");
    }

    @Test
    void nodesInheritTheDefaultLine() throws IOException {
        SlurmConfig c = SlurmConfParser.parseOrThrow(testbed());
        List<NodeConfig> nodes = c.nodes();
        assertEquals(4, nodes.size());
        NodeConfig pi03 = nodes.get(2);
        assertEquals("pi03", pi03.name());
        assertEquals("10.77.0.13", pi03.address());
        assertEquals("pi03", pi03.hostname());
        assertEquals(4, pi03.cpus());
        assertEquals(1, pi03.sockets());
        assertEquals(4, pi03.coresPerSocket());
        assertEquals(1, pi03.threadsPerCore());
        assertEquals(3800, pi03.realMemoryMb());
        assertEquals("UNKNOWN", pi03.state());
    }

    @Test
    void partitionAllCoversEveryNode() throws IOException {
        SlurmConfig c = SlurmConfParser.parseOrThrow(testbed());
        PartitionConfig main = c.defaultPartition().orElseThrow();
        assertEquals("main", main.name());
        assertEquals(List.of("pi01", "pi02", "pi03", "pi04"), main.nodes());
        assertEquals(SlurmDuration.INFINITE, main.maxTimeMinutes());
        assertEquals("UP", main.state());
        assertEquals(1, main.priorityTier());
    }

    @Test
    void writerReproducesTheTestbedFileExactly() throws IOException {
        String text = testbed();
        assertEquals(text, SlurmConfWriter.write(SlurmConfParser.parseOrThrow(text)));
    }
}
