package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;

class DeterminismTest {

    private static final List<String> SCRIPT = List.of("ssh pi01 hostname -I", "ping -c 5 pi02",
            "ssh pi01 sudo apt install -y munge", "ssh pi01 sudo cat /etc/munge/munge.key",
            "ssh pi02 date", "ssh-keygen -t ed25519 -N '' -f k -q; cat k.pub", "ssh pi03 systemctl status ssh");

    private static String transcript(long seed) {
        Lab lab = Scenarios.networked(seed);
        Session s = lab.learnerSession();
        StringBuilder sb = new StringBuilder();
        for (String line : SCRIPT) {
            sb.append(s.run(line).output());
        }
        return sb.toString();
    }

    @Test
    void sameSeedSameTranscript() {
        assertEquals(transcript(77L), transcript(77L));
    }

    @Test
    void differentSeedsDiffer() {
        assertNotEquals(transcript(77L), transcript(78L));
    }
}
