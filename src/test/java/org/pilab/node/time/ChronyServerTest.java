package org.pilab.node.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;

class ChronyServerTest {

    private Lab lab;
    private Session pi01;
    private Session pi02;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(11L);
        pi01 = lab.host("pi01").orElseThrow().login("pi");
        pi02 = lab.host("pi02").orElseThrow().login("pi");
        pi01.run("sudo apt install -y chrony");
        pi02.run("sudo apt install -y chrony");
        String pi01Address = lab.host("pi01").orElseThrow().addresses().get(0);
        pi02.run("echo '" + pi01Address + " pi01' | sudo tee -a /etc/hosts");
        lab.network().advance(10_000);
    }

    private String sourceLine(Session s, String name) {
        for (String line : s.run("chronyc sources").output().split("\n")) {
            if (line.length() > 3 && line.substring(3).startsWith(name + " ")) {
                return line;
            }
        }
        return "";
    }

    @Test
    void thePackageReadsDropInsFromConfD() {
        assertTrue(pi01.run("grep ^confdir /etc/chrony/chrony.conf").output().contains("confdir /etc/chrony/conf.d"));
        assertEquals("", pi01.run("ls /etc/chrony/conf.d /etc/chrony/sources.d 2>&1 | grep -i 'no such'").output());
    }

    @Test
    void aClientFollowsPi01OnlyOncePi01AllowsIt() {
        pi02.run("echo 'server pi01 iburst prefer' | sudo tee /etc/chrony/conf.d/cluster.conf");
        pi02.run("sudo systemctl restart chrony");
        lab.network().advance(10_000);
        assertTrue(sourceLine(pi02, "pi01").startsWith("^? pi01 "), "pi01 answers no one yet: " + sourceLine(pi02, "pi01"));

        pi01.run("printf 'allow 10.0.0.0/24\\nlocal stratum 10\\n' | sudo tee /etc/chrony/conf.d/cluster.conf");
        lab.network().advance(10_000);
        assertTrue(sourceLine(pi02, "pi01").startsWith("^? "), "chronyd reads its files only at start");

        pi01.run("sudo systemctl restart chrony");
        lab.network().advance(10_000);
        String line = sourceLine(pi02, "pi01");
        assertTrue(line.matches("\\^\\* pi01 +3 +6 +17 .*"), "pi01 (stratum 2 internet + 1) is selected: " + line);
        assertTrue(pi02.run("chronyc sources").output().contains("^- 2.debian.pool.ntp.org"),
                "a prefer source is followed alone; the pool stays usable");
        assertTrue(pi02.run("chronyc tracking").output().contains("Stratum         : 4\n"));
        assertTrue(pi02.run("journalctl -u chrony").output().contains("Selected source "
                + lab.host("pi01").orElseThrow().addresses().get(0) + " (pi01)"));
    }

    @Test
    void aClientStepsToTheClockOfALocalStratumServer() {
        Host h1 = lab.host("pi01").orElseThrow();
        Host h2 = lab.host("pi02").orElseThrow();
        // pi01 follows only its own clock: no internet source, local stratum
        pi01.run("sudo sed -i 's/^pool /#pool /' /etc/chrony/chrony.conf");
        pi01.run("printf 'allow\\nlocal stratum 10\\n' | sudo tee /etc/chrony/conf.d/cluster.conf");
        pi01.run("sudo systemctl restart chrony");
        h1.clockOffsetMillis(90_000);
        pi02.run("echo 'server pi01 iburst prefer' | sudo tee /etc/chrony/conf.d/cluster.conf");
        pi02.run("sudo systemctl restart chrony");
        lab.network().advance(10_000);
        assertTrue(sourceLine(pi02, "pi01").matches("\\^\\* pi01 +10 .*"), sourceLine(pi02, "pi01"));
        assertEquals(h1.clockOffsetMillis(), h2.clockOffsetMillis(), "the nodes agree with each other");
        assertTrue(pi02.run("journalctl -u chrony").output().contains("System clock was stepped by"));
    }

    @Test
    void aServerThatStartsLaterIsPickedUpByItsWaitingClients() {
        pi02.run("echo 'server pi01 iburst prefer' | sudo tee /etc/chrony/conf.d/cluster.conf");
        pi02.run("sudo systemctl restart chrony");
        lab.network().advance(10_000);
        pi01.run("echo 'allow 10.0.0.0/24' | sudo tee /etc/chrony/conf.d/cluster.conf");
        pi01.run("sudo systemctl restart chrony");
        lab.network().advance(10_000);
        assertTrue(pi02.run("journalctl -u chrony").output().contains("(pi01)"), "pi02 polled pi01 again by itself");
    }
}
