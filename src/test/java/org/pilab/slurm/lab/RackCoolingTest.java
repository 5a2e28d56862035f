package org.pilab.slurm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pilab.hardware.Cooling;

/** The lessons' eight-slot rack and {@code rack cooling}: a board's cooler drives its thermal model. */
class RackCoolingTest {

    private static final String LOAD = "ssh pi01 \"sbatch --nodelist=pi03 --exclusive --time=30 --wrap='sleep 1500'\"";

    @Test
    void slurmReadyHasFourWorkingPisAndFourEmptySlotsToFlash() {
        Lab lab = Scenarios.slurmReady(41);
        LabTranscript t = new LabTranscript(lab);
        String status = t.run("rack status");
        assertEquals(9, status.lines().count(), status);
        assertTrue(status.lines().anyMatch(l -> l.startsWith("pi08") && l.contains(" off ") && l.endsWith("no")), status);
        assertEquals("4\n", t.run("ssh pi01 sinfo -h -o %D -p main"));

        t.run("pilab-imager --board pi05 --hostname pi05 --user pi --ssh-key ~/.ssh/id_ed25519.pub --os bookworm");
        t.run("rack power-on pi05");
        t.run("sleep 60");
        assertTrue(lab.host("pi05").orElseThrow().isUp());
    }

    @Test
    void withoutCoolingAFullyLoadedPiThrottlesAndTheRecordStaysUntilReboot() {
        Lab lab = Scenarios.slurmReady(42);
        LabTranscript t = new LabTranscript(lab);
        assertEquals("pi03: cooling heatsink -> none\n", t.run("rack cooling pi03 none"));
        assertEquals(Cooling.NONE, lab.thermals().model(lab.host("pi03").orElseThrow()).orElseThrow().cooling());
        t.run(LOAD);
        t.run("sleep 600");
        String hot = t.run("ssh pi03 vcgencmd get_throttled").strip();
        assertTrue((Integer.decode(hot.substring("throttled=".length())) & (1 << 18)) != 0, hot);

        t.run("rack cooling pi03 fan");
        t.run("ssh pi01 scancel -u pi");
        t.run("sleep 60");
        String afterFan = t.run("ssh pi03 vcgencmd get_throttled").strip();
        assertTrue((Integer.decode(afterFan.substring("throttled=".length())) & (1 << 18)) != 0,
                "a new cooler does not erase what happened since boot: " + afterFan);

        t.run("ssh pi03 sudo reboot");
        t.run("sleep 60");
        t.run(LOAD);
        t.run("sleep 600");
        assertEquals("throttled=0x0\n", t.run("ssh pi03 vcgencmd get_throttled"));
    }

    @Test
    void badCoolingAndSlotsAreRefused() {
        LabTranscript t = new LabTranscript(Scenarios.slurmReady(43));
        assertTrue(t.run("rack cooling pi03 water").contains("unknown cooling water"));
        assertTrue(t.run("rack cooling pi09 fan").contains("there is no board pi09"));
        assertTrue(t.run("rack cooling pi03").contains("usage: rack cooling"));
    }
}
