package org.pilab.node.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.hardware.Catalogue;
import org.pilab.hardware.Cooling;
import org.pilab.hardware.PiModel;
import org.pilab.hardware.ThermalModel;
import org.pilab.node.Host;
import org.pilab.node.HardwareProfiles;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class BoardCommandsTest {

    private Lab lab;
    private Host host;
    private Session pi01;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(17L);
        host = lab.host("pi01").orElseThrow();
        pi01 = host.login("pi");
    }

    private long armHz() {
        String out = pi01.run("vcgencmd measure_clock arm").output();
        assertTrue(out.matches("frequency\\(48\\)=\\d+\n"), out);
        return Long.parseLong(out.substring(out.indexOf('=') + 1).strip());
    }

    @Test
    void anIdleBoardRunsAtItsFullClock() {
        PiModel model = Catalogue.load().model(host.hardware().id());
        assertEquals(model.cpu().maxClockMhz() * 1_000_000L, armHz());
        assertEquals("frequency(0)=0\n", pi01.run("vcgencmd measure_clock nosuch").output());
    }

    @Test
    void aHotBoardWithoutCoolingReportsALowerClock() {
        PiModel model = Catalogue.load().model(host.hardware().id());
        var sim = lab.network().simulator();
        ThermalModel thermal = new ThermalModel(model, Cooling.NONE, sim.now());
        host.thermal(HardwareProfiles.probe(thermal, sim));
        thermal.setLoad(sim.now(), 1.0);
        lab.network().advance(30 * 60_000);
        assertTrue(armHz() < model.cpu().maxClockMhz() * 1_000_000L, "throttled after half an hour of full load");
        assertEquals(thermal.clockMhz() * 1_000_000L, armHz());
    }

    @Test
    void javaDashJarNeedsTheJarFile() {
        pi01.run("sudo apt install -y openjdk-17-jre-headless");
        ShellResult missing = pi01.run("java -jar /clusterfs/pilab/pilab.jar --version");
        assertEquals("Error: Unable to access jarfile /clusterfs/pilab/pilab.jar\n", missing.output());
        assertEquals(1, missing.status());
        pi01.run("printf 'PK\\003\\004 pilab 1.2.3\\n' > app.jar; echo text > notajar.jar");
        ShellResult version = pi01.run("java -jar app.jar --version");
        assertEquals("pilab 1.2.3\n", version.output());
        assertEquals(0, version.status());
        assertEquals("Error: Invalid or corrupt jarfile notajar.jar\n", pi01.run("java -jar notajar.jar").output());
    }

    @Test
    void javaVersionFlags() {
        pi01.run("sudo apt install -y openjdk-17-jre-headless");
        assertTrue(pi01.run("java --version 2>/dev/null").output().startsWith("openjdk 17."));
        assertEquals("", pi01.run("java -version 2>/dev/null").output(), "-version writes to stderr");
        assertTrue(pi01.run("java -version 2>&1").output().startsWith("openjdk version \"17."));
    }
}
