package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class MungeTest {

    private Lab lab;
    private Session pi01;
    private Session pi02;
    private Session laptop;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(21L);
        laptop = lab.learnerSession();
        pi01 = laptop.run("ssh pi01").entered().orElseThrow();
        pi02 = lab.host("pi02").orElseThrow().login("pi");
        for (Session s : new Session[] {pi01, pi02}) {
            s.run("sudo apt install -y munge chrony");
        }
        lab.network().advance(10_000); // chrony steps the clocks
    }

    @Test
    void localRoundTripSucceeds() {
        ShellResult r = pi01.run("munge -n | unmunge");
        assertTrue(r.output().startsWith("STATUS:          Success (0)\nENCODE_HOST:     pi01 ("), r.output());
        assertTrue(r.output().contains("\nUID:             pi (1000)\nGID:             pi (1000)\nLENGTH:          0\n"), r.output());
        assertEquals(0, r.status());
    }

    @Test
    void differentKeysGiveInvalidCredentialUntilTheKeyIsCopiedAndMungeRestarted() {
        ShellResult r = laptop.run("ssh pi01 munge -n | ssh pi02 unmunge");
        assertEquals("unmunge: Error: Invalid credential\n", r.output());
        assertEquals(14, r.status());

        pi01.run("sudo cp /etc/munge/munge.key /tmp/munge.key && sudo chmod 644 /tmp/munge.key");
        laptop.run("scp pi01:/tmp/munge.key . && scp munge.key pi02:/tmp/munge.key");
        pi02.run("sudo cp /tmp/munge.key /etc/munge/munge.key");
        assertTrue(pi02.run("sudo ls -l /etc/munge/munge.key").output().startsWith("-r-------- 1 munge munge"),
                "cp into an existing file keeps its owner and mode");
        // munged loaded the old key at start
        assertEquals("unmunge: Error: Invalid credential\n", laptop.run("ssh pi01 munge -n | ssh pi02 unmunge").output());
        pi02.run("sudo systemctl restart munge");
        ShellResult ok = laptop.run("ssh pi01 munge -n | ssh pi02 unmunge");
        assertTrue(ok.output().startsWith("STATUS:          Success (0)\n"), ok.output());
    }

    @Test
    void clockSkewGivesExpiredOrRewound() {
        Host h1 = lab.host("pi01").orElseThrow();
        Host h2 = lab.host("pi02").orElseThrow();
        h2.fs().write("/etc/munge/munge.key", h1.fs().read("/etc/munge/munge.key"), org.pilab.node.fs.FsCredentials.ROOT);
        pi02.run("sudo systemctl restart munge");
        pi02.run("sudo systemctl stop chrony");
        h2.clockOffsetMillis(+400_000);
        ShellResult expired = laptop.run("ssh pi01 munge -n | ssh pi02 unmunge");
        assertTrue(expired.output().startsWith("STATUS:          Expired credential (15)\n"), expired.output());
        assertEquals(15, expired.status());
        h2.clockOffsetMillis(-400_000);
        ShellResult rewound = laptop.run("ssh pi01 munge -n | ssh pi02 unmunge");
        assertTrue(rewound.output().startsWith("STATUS:          Rewound credential (16)\n"), rewound.output());
        pi02.run("sudo systemctl start chrony");
        lab.network().advance(10_000);
        assertTrue(pi02.run("timedatectl").output().contains("System clock synchronized: yes\n"));
        assertEquals(0, laptop.run("ssh pi01 munge -n | ssh pi02 unmunge").status());
    }

    @Test
    void replayAndStoppedDaemon() {
        pi01.run("munge -n > cred");
        assertEquals(0, pi01.run("unmunge < cred").status());
        assertTrue(pi01.run("unmunge < cred").output().startsWith("STATUS:          Replayed credential (17)\n"));
        pi01.run("sudo systemctl stop munge");
        assertEquals("munge: Error: Failed to access \"/run/munge/munge.socket.2\": No such file or directory\n",
                pi01.run("munge -n").output());
    }
}
