package org.pilab.node.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.PromptResponder;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class SshConfigTest {

    private static final String CLUSTER_CONFIG = "Host pi01 pi02 pi03 pi04\n    HostName %h.local\n    User pi\n";

    @Test
    void percentHIsTheTypedNameAndDoublePercentIsOnePercent() {
        SshConfig c = SshConfig.resolve("pi03", List.of(), CLUSTER_CONFIG);
        assertEquals("pi03.local", c.hostName("pi03"));
        assertEquals("pi", c.value("user").orElseThrow());
        assertEquals("a%b-pi03", SshConfig.resolve("pi03", List.of(), "Host *\n HostName a%%b-%h\n").hostName("pi03"));
    }

    @Test
    void aHostOutsideThePatternsKeepsItsName() {
        SshConfig c = SshConfig.resolve("pi05", List.of(), CLUSTER_CONFIG);
        assertEquals("pi05", c.hostName("pi05"));
        assertTrue(c.value("User").isEmpty());
    }

    @Test
    void theFirstValueWinsAndCommandLineOptionsComeFirst() {
        String cfg = "Host pi01\n  User admin\nHost *\n  User pi\n  PubkeyAuthentication yes\n";
        assertEquals("admin", SshConfig.resolve("pi01", List.of(), cfg).value("User").orElseThrow());
        assertEquals("pi", SshConfig.resolve("pi02", List.of(), cfg).value("User").orElseThrow());
        SshConfig withOption = SshConfig.resolve("pi01", List.of("PubkeyAuthentication=no", "User bob"), cfg);
        assertFalse(withOption.flag("PubkeyAuthentication", true));
        assertEquals("bob", withOption.value("user").orElseThrow());
    }

    @Test
    void wildcardsAndNegatedPatterns() {
        assertTrue(SshConfig.hostMatches("pi0?", "pi07"));
        assertTrue(SshConfig.hostMatches("pi* !pi04", "pi02"));
        assertFalse(SshConfig.hostMatches("pi* !pi04", "pi04"));
        assertFalse(SshConfig.hostMatches("pi0?", "pi010"));
        assertTrue(SshConfig.hostMatches("PI01", "pi01"), "host names are case-insensitive");
    }

    @Test
    void sshWithHostNamePercentHReachesThePiOverMdns() {
        Lab lab = Scenarios.networked(5L);
        Host laptop = lab.laptop();
        // no /etc/hosts entries for the Pis: only name.local (mDNS) can find them
        laptop.fs().install("/etc/hosts", "127.0.0.1\tlocalhost\n", 0, 0, 0644);
        Session s = lab.learnerSession();
        assertEquals("ssh: Could not resolve hostname pi02: Name or service not known\n",
                s.run("rm ~/.ssh/config; ssh pi@pi02 true").output());
        s.run("printf 'Host pi01 pi02 pi03 pi04\\n    HostName %%h.local\\n    User pi\\n' > ~/.ssh/config");
        assertEquals("    HostName %h.local\n", s.run("grep HostName ~/.ssh/config").output());
        s.responder(PromptResponder.SCRIPTED);
        ShellResult r = s.run("ssh pi02 'whoami; hostname'");
        assertTrue(r.output().endsWith("pi\npi02\n"), r.output());
        assertTrue(s.run("cat ~/.ssh/known_hosts").output().contains("pi02.local ssh-ed25519 "),
                "the host key is recorded under the name connected to");
    }

    @Test
    void pubkeyAuthenticationNoFallsBackToThePasswordOrIsRefused() {
        Lab lab = Scenarios.networked(5L);
        Session laptop = lab.learnerSession();
        assertEquals("pi@pi01: Permission denied (publickey,password).\n",
                laptop.run("ssh -o BatchMode=yes -o PubkeyAuthentication=no pi01 true 2>&1").output());
        laptop.responder(PromptResponder.withPassword(Scenarios.LAB_PASSWORD));
        ShellResult withPassword = laptop.run("ssh -o PubkeyAuthentication=no pi01 whoami");
        assertEquals("pi@pi01's password: \npi\n", withPassword.output());

        Session pi01 = lab.host("pi01").orElseThrow().login("pi");
        pi01.run("echo 'PasswordAuthentication no' | sudo tee /etc/ssh/sshd_config.d/10-no-passwords.conf");
        pi01.run("sudo systemctl reload ssh");
        ShellResult refused = laptop.run("ssh -o PubkeyAuthentication=no pi01 true");
        assertEquals("pi@pi01: Permission denied (publickey).\n", refused.output());
        assertEquals(255, refused.status());
        assertEquals("pi\n", laptop.run("ssh pi01 whoami").output(), "the key still works");
    }
}
