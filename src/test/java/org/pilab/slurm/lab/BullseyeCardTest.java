package org.pilab.slurm.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** pilab-imager writes Bullseye's legacy boot files only, and says so when asked for more. */
class BullseyeCardTest {

    @Test
    void aBullseyeCardBootsWithDhcpcdAndTheDefaultHostname() {
        Lab lab = Scenarios.build(Scenarios.FRESH, 5);
        LabTranscript t = new LabTranscript(lab);
        t.run("pilab-imager --board pi01 --os bullseye");
        t.run("rack power-on pi01");
        t.run("sleep 120");
        String status = t.run("rack status");
        assertTrue(status.lines().anyMatch(l -> l.startsWith("pi01") && l.contains("raspberrypi") && l.contains("up")),
                status);
        assertTrue(lab.host("raspberrypi").orElseThrow().services().isActive("dhcpcd"));
    }

    @Test
    void settingsWithoutALegacyFileAreRefused() {
        LabTranscript t = new LabTranscript(Scenarios.build(Scenarios.FRESH, 6));
        String out = t.run("pilab-imager --board pi01 --os bullseye --hostname pi01");
        assertTrue(out.contains("a Bullseye card takes only --user and --password"), out);
    }
}
