package org.pilab.node.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class ChecksumCommandTest {

    private Session pi01;

    @BeforeEach
    void setUp() {
        Lab lab = Scenarios.networked(3L);
        pi01 = lab.host("pi01").orElseThrow().login("pi");
    }

    @Test
    void md5sumPrintsTheWellKnownDigestsInGnuFormat() {
        pi01.run("touch empty; echo hello > hello");
        ShellResult r = pi01.run("md5sum empty /home/pi/hello");
        assertEquals("d41d8cd98f00b204e9800998ecf8427e  empty\nb1946ac92492d2347c6235b4d2611184  /home/pi/hello\n", r.output());
        assertEquals(0, r.status());
    }

    @Test
    void sha256sumReadsStdinAsDash() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  -\n",
                pi01.run("printf '' | sha256sum").output());
    }

    @Test
    void anUnreadableFileIsReportedLikeGnuAndTheOthersStillPrint() {
        pi01.run("sudo apt install -y munge");
        pi01.run("echo hello > hello");
        ShellResult r = pi01.run("md5sum /etc/munge/munge.key hello");
        assertEquals("md5sum: /etc/munge/munge.key: Permission denied\nb1946ac92492d2347c6235b4d2611184  hello\n", r.output());
        assertEquals(1, r.status());
        ShellResult root = pi01.run("sudo md5sum /etc/munge/munge.key");
        assertEquals(0, root.status());
        assertEquals("  /etc/munge/munge.key\n", root.output().substring(32));
    }

    @Test
    void missingFilesAndDirectoriesFail() {
        ShellResult r = pi01.run("md5sum nosuch /etc");
        assertEquals("md5sum: nosuch: No such file or directory\nmd5sum: /etc: Is a directory\n", r.output());
        assertEquals(1, r.status());
    }

    @Test
    void checkModeComparesAListWithTheFiles() {
        pi01.run("echo one > a; echo two > b; md5sum a b > sums");
        assertEquals("a: OK\nb: OK\n", pi01.run("md5sum -c sums").output());
        pi01.run("echo changed > b");
        ShellResult r = pi01.run("md5sum -c sums");
        assertEquals("a: OK\nb: FAILED\nmd5sum: WARNING: 1 computed checksum did NOT match\n", r.output());
        assertNotEquals(0, r.status());
    }
}
