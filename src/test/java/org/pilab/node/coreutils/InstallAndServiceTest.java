package org.pilab.node.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.fs.FileStat;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class InstallAndServiceTest {

    private Host host;
    private Session pi;

    @BeforeEach
    void setUp() {
        host = Scenarios.networked(6L).host("pi01").orElseThrow();
        pi = host.login("pi");
        pi.run("echo secret > key.txt");
    }

    private FileStat stat(String path) {
        return host.fs().statIfExists(path).orElseThrow(() -> new AssertionError(path + " missing"));
    }

    @Test
    void installCopiesWithOwnerGroupAndMode() {
        ShellResult r = pi.run("sudo install -o root -g root -m 600 key.txt /etc/lab.key");
        assertEquals(0, r.status(), r.output());
        FileStat st = stat("/etc/lab.key");
        assertEquals(0, st.uid());
        assertEquals(0, st.gid());
        assertEquals(0600, st.mode() & 07777);
        assertEquals("secret\n", host.fs().read("/etc/lab.key"));
    }

    @Test
    void installDashTPutsEveryOperandIntoTheFolder() {
        pi.run("echo other > b.txt");
        pi.run("mkdir bin");
        assertEquals(0, pi.run("install -m 644 -t bin key.txt b.txt").status());
        assertEquals("secret\n", host.fs().read("/home/pi/bin/key.txt"));
        assertEquals("other\n", host.fs().read("/home/pi/bin/b.txt"));
        assertEquals("other\n", host.fs().read("/home/pi/b.txt"), "the last operand is a source, not overwritten");
        assertEquals(1, pi.run("install -t nosuch key.txt").status());
    }

    @Test
    void installWithoutModeGivesRwxrXrX() {
        assertEquals(0, pi.run("install key.txt copy.txt").status());
        assertEquals(0755, stat("/home/pi/copy.txt").mode() & 07777);
    }

    @Test
    void installDirectoryCreatesParentsAndOwnsTheLastOne() {
        ShellResult r = pi.run("sudo install -d -o pi -g pi -m 700 /srv/lab/data");
        assertEquals(0, r.status(), r.output());
        FileStat st = stat("/srv/lab/data");
        assertTrue(st.isDirectory());
        assertEquals(0700, st.mode() & 07777);
        assertEquals(host.accounts().user("pi").orElseThrow().uid(), st.uid());
        assertEquals(0755, stat("/srv/lab").mode() & 07777);
    }

    @Test
    void installReportsGnuErrors() {
        assertEquals("install: invalid user \u2018nobodyhere\u2019\n", pi.run("sudo install -o nobodyhere key.txt /tmp/x").output());
        ShellResult missing = pi.run("install nothere.txt /tmp/x");
        assertEquals("install: cannot stat 'nothere.txt': No such file or directory\n", missing.output());
        assertEquals(1, missing.status());
        ShellResult giveAway = pi.run("install -o root key.txt /tmp/given");
        assertEquals("install: cannot change ownership of '/tmp/given': Operation not permitted\n", giveAway.output());
        assertEquals(1, giveAway.status());
        assertEquals("install: missing destination file operand after 'key.txt'\nTry 'install --help' for more information.\n",
                pi.run("install key.txt").output());
    }

    @Test
    void serviceHandsTheActionToSystemctl() {
        assertTrue(host.services().isActive("ssh"), "ssh runs on a booted Pi");
        assertEquals(0, pi.run("sudo service ssh stop").status());
        assertTrue(!host.services().isActive("ssh"));
        assertEquals(0, pi.run("sudo service ssh start").status());
        assertTrue(host.services().isActive("ssh"));
        assertEquals(0, pi.run("sudo service ssh restart").status());
        ShellResult status = pi.run("sudo service ssh status");
        assertTrue(status.output().startsWith("\u25cf ssh.service - OpenBSD Secure Shell server\n"), status.output());
        assertTrue(status.output().contains("     Active: active (running) since "), status.output());
        assertEquals(0, status.status());
        ShellResult unknown = pi.run("sudo service nosuchthing start");
        assertEquals("Failed to start nosuchthing.service: Unit nosuchthing.service not found.\n", unknown.output());
        assertEquals(5, unknown.status());
    }

    @Test
    void serviceLivesInSbinOutsideAUsersPath() {
        assertEquals("-bash: service: command not found\n", pi.run("service ssh status").output());
        assertEquals(1, pi.run("sudo service").status());
    }
}
