package org.pilab.slurm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pilab.node.Host;

/** {@code pilab-imager --ssh-key} takes only public keys; {@code rack status} names slots pi01..pi12. */
class RackCommandsTest {

    @Test
    void aPrivateKeyIsRefusedAndNothingIsWritten() {
        Lab lab = Scenarios.build(Scenarios.FRESH, 61);
        LabTranscript t = new LabTranscript(lab);
        t.run("ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_ed25519");
        String out = t.run("pilab-imager --board pi01 --hostname pi01 --ssh-key ~/.ssh/id_ed25519");
        assertEquals(1, t.status());
        assertTrue(out.contains("/.ssh/id_ed25519 is a private key: give the .pub file (--ssh-key"), out);
        assertTrue(out.contains("/.ssh/id_ed25519.pub)"), out);
        assertFalse(out.contains("Write successful"), out);
        assertTrue(lab.host("board1").orElseThrow().card().isEmpty(), "no card was written");

        t.run("pilab-imager --board pi01 --hostname pi01 --ssh-key ~/.ssh/id_ed25519.pub");
        assertEquals(0, t.status());
        assertTrue(lab.host("board1").orElseThrow().card().isPresent());
    }

    @Test
    void textThatIsNoPublicKeyIsRefused() {
        assertTrue(PublicKeyText.problem("notes.txt", "my key is on the laptop\n").orElseThrow()
                .startsWith("notes.txt is not an SSH public key"));
        assertTrue(PublicKeyText.problem("empty.pub", "\n").orElseThrow().startsWith("empty.pub is empty"));
        assertTrue(PublicKeyText.problem("id_rsa", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n").orElseThrow()
                .startsWith("id_rsa is a private key: give the .pub file (--ssh-key id_rsa.pub)"));
        assertTrue(PublicKeyText.problem("ssh-rsa.txt", "ssh-rsa not*base64 x\n").isPresent());
        for (String good : new String[] {"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOM me@laptop",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ==", "ecdsa-sha2-nistp256 AAAAE2VjZHNh me",
            "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t me"}) {
            assertTrue(PublicKeyText.problem("k.pub", good + "\n").isEmpty(), good);
        }
    }

    @Test
    void slotsTenAndUpAreNamedWithTwoDigits() {
        List<NodePlan> plans = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            plans.add(NodePlan.pi4(String.format("pi%02d", i)));
        }
        Lab lab = ScenarioFileReader.build(new ScenarioFileReader.Spec(Scenarios.FRESH, plans, List.of()), "rack", 62);
        String status = new LabTranscript(lab).run("rack status");
        List<String> slots = status.lines().skip(1).map(l -> l.split("\\s+")[0]).toList();
        List<String> expected = new ArrayList<>();
        for (Host b : lab.boards()) {
            expected.add(String.format("pi%02d", Integer.parseInt(b.id().substring("board".length()))));
        }
        assertEquals(expected, slots);
        assertTrue(slots.contains("pi10") && slots.contains("pi12"), slots::toString);
    }
}
