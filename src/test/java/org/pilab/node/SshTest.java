package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.PromptResponder;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class SshTest {

    private Lab lab;
    private Session laptop;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(5L);
        laptop = lab.learnerSession();
    }

    @Test
    void keyAuthRunsRemoteCommands() {
        ShellResult r = laptop.run("ssh pi01 hostname");
        assertEquals("pi01\n", r.output());
        assertEquals(0, r.status());
        assertEquals("pi\n", laptop.run("ssh pi02 whoami").output());
    }

    @Test
    void interactiveSshOpensASessionAndExitReturns() {
        ShellResult r = laptop.run("ssh pi01");
        Session remote = r.entered().orElseThrow();
        assertEquals("pi@pi01:~ $ ", remote.prompt());
        ShellResult bye = remote.run("exit");
        assertEquals("logout\nConnection to pi01 closed.\n", bye.output());
        assertTrue(bye.exited());
    }

    @Test
    void passwordRefusedOnceDisabledAndWithoutKey() {
        Session pi01 = lab.host("pi01").orElseThrow().login("pi");
        pi01.run("rm ~/.ssh/authorized_keys");
        laptop.responder(PromptResponder.withPassword(Scenarios.LAB_PASSWORD));
        ShellResult withPassword = laptop.run("ssh pi01 true");
        assertEquals("pi@pi01's password: \n", withPassword.output());
        assertEquals(0, withPassword.status());

        pi01.run("sudo sed -i 's/^#PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config");
        assertEquals("PasswordAuthentication no\n", pi01.run("grep ^PasswordAuth /etc/ssh/sshd_config").output());
        // sshd reads its configuration at start: nothing changes until the restart
        assertEquals(0, laptop.run("ssh pi01 true").status());
        pi01.run("sudo systemctl restart ssh");
        ShellResult refused = laptop.run("ssh pi01 true");
        assertEquals("pi@pi01: Permission denied (publickey).\n", refused.output());
        assertEquals(255, refused.status());
    }

    @Test
    void batchModeNeverPromptsSoChecksCanProbeKeyAccess() {
        assertEquals(0, laptop.run("ssh -o BatchMode=yes pi01 true").status());
        lab.host("pi01").orElseThrow().login("pi").run("rm ~/.ssh/authorized_keys");
        ShellResult r = laptop.run("ssh -o BatchMode=yes pi01 true");
        assertEquals("pi@pi01: Permission denied (publickey,password).\n", r.output());
        assertEquals(255, r.status());
        laptop.run("rm ~/.ssh/known_hosts");
        assertEquals("Host key verification failed.\n", laptop.run("ssh -o BatchMode=yes pi02 true").output());
    }

    @Test
    void wrongPasswordThreeTimes() {
        lab.host("pi01").orElseThrow().login("pi").run("rm ~/.ssh/authorized_keys");
        laptop.responder(PromptResponder.withPassword("guess"));
        ShellResult r = laptop.run("ssh pi01 true");
        assertEquals("pi@pi01's password: \nPermission denied, please try again.\npi@pi01's password: \n"
                + "Permission denied, please try again.\npi@pi01's password: \npi@pi01: Permission denied (publickey,password).\n",
                r.output());
    }

    @Test
    void poweredOffHostHasNoRouteAndStoppedSshdRefuses() {
        String address = lab.host("pi04").orElseThrow().addresses().get(0);
        lab.host("pi04").orElseThrow().powerOff();
        assertEquals("ssh: connect to host pi04 port 22: No route to host\n", laptop.run("ssh pi04").output());
        lab.host("pi03").orElseThrow().login("pi").run("sudo systemctl stop ssh");
        assertEquals("ssh: connect to host pi03 port 22: Connection refused\n", laptop.run("ssh pi03").output());
        assertEquals("ssh: Could not resolve hostname pi09: Name or service not known\n", laptop.run("ssh pi09").output());
        assertTrue(address.startsWith("10.0.0."));
    }

    @Test
    void keygenAndCopyIdSetUpKeyAccessFromScratch() {
        Lab fresh = Scenarios.networked(6L);
        Host pi01 = fresh.host("pi01").orElseThrow();
        pi01.login("pi").run("rm ~/.ssh/authorized_keys");
        Session s = fresh.learnerSession();
        s.run("rm ~/.ssh/id_ed25519 ~/.ssh/id_ed25519.pub");
        ShellResult gen = s.run("ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_ed25519");
        assertTrue(gen.output().contains("Your public key has been saved in /home/learner/.ssh/id_ed25519.pub\n"), gen.output());
        assertTrue(s.run("cat ~/.ssh/id_ed25519.pub").output().startsWith("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"));
        s.responder(PromptResponder.withPassword(Scenarios.LAB_PASSWORD));
        ShellResult copy = s.run("ssh-copy-id pi01");
        assertTrue(copy.output().contains("Number of key(s) added: 1\n"), copy.output());
        s.responder(PromptResponder.SCRIPTED);
        assertEquals("pi01\n", s.run("ssh pi01 hostname").output());
    }

    @Test
    void firstContactAsksAboutTheHostKey() {
        laptop.run("rm ~/.ssh/known_hosts");
        ShellResult r = laptop.run("ssh pi02 true");
        assertTrue(r.output().startsWith("The authenticity of host 'pi02 ("), r.output());
        assertTrue(r.output().contains("Are you sure you want to continue connecting (yes/no/[fingerprint])? yes\n"
                + "Warning: Permanently added 'pi02' (ED25519) to the list of known hosts.\n"), r.output());
    }

    @Test
    void aSessionToAHostThatLostPowerIsBroken() {
        Session remote = laptop.run("ssh pi02").entered().orElseThrow();
        lab.host("pi02").orElseThrow().powerOff();
        ShellResult r = remote.run("ls");
        assertEquals("client_loop: send disconnect: Broken pipe\n", r.output());
        assertTrue(r.exited());
    }

    @Test
    void passwdChangesWhatSshAccepts() {
        Session pi01 = lab.host("pi01").orElseThrow().login("pi");
        pi01.responder((kind, prompt) -> java.util.Optional.of(prompt.startsWith("Current") ? Scenarios.LAB_PASSWORD : "n3w-pass"));
        assertEquals("Changing password for pi.\nCurrent password: \nNew password: \nRetype new password: \n"
                + "passwd: password updated successfully\n", pi01.run("passwd").output());
        pi01.run("rm ~/.ssh/authorized_keys");
        laptop.responder(PromptResponder.withPassword("n3w-pass"));
        assertEquals("pi@pi01's password: \npi01\n", laptop.run("ssh pi01 hostname").output());
    }

    @Test
    void scpCopiesAsTheRemoteUser() {
        laptop.run("echo hello > note.txt");
        assertEquals(0, laptop.run("scp note.txt pi01:").status());
        assertEquals("hello\n", laptop.run("ssh pi01 cat note.txt").output());
        ShellResult denied = laptop.run("scp note.txt pi01:/etc/");
        assertTrue(denied.output().contains("scp: dest open \"/etc/note.txt\": Permission denied\n"), denied.output());
    }
}
