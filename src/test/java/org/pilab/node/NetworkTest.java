package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class NetworkTest {

    private static final Pattern REPLY = Pattern.compile(
            "64 bytes from pi02 \\(10\\.0\\.0\\.12\\): icmp_seq=\\d ttl=64 time=0\\.(\\d{3}) ms");

    private Lab lab;
    private Session pi01;
    private Session pi02;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(11L);
        pi01 = lab.host("pi01").orElseThrow().login("pi");
        pi02 = lab.host("pi02").orElseThrow().login("pi");
    }

    private static String staticAddress(Session s, String cidr) {
        return s.run("sudo nmcli con mod \"Wired connection 1\" ipv4.addresses " + cidr
                + " ipv4.gateway 10.0.0.1 ipv4.dns 10.0.0.1 ipv4.method manual && sudo nmcli con up \"Wired connection 1\"").output();
    }

    @Test
    void staticAddressThenPingByNameOnceHostsListsIt() {
        assertTrue(staticAddress(pi01, "10.0.0.11/24").startsWith("Connection successfully activated (D-Bus active path: "
                + "/org/freedesktop/NetworkManager/ActiveConnection/"));
        staticAddress(pi02, "10.0.0.12/24");
        assertTrue(pi01.run("ip -4 addr").output().contains("    inet 10.0.0.11/24 brd 10.0.0.255 scope global noprefixroute eth0\n"));
        String profile = pi01.run("sudo cat '/etc/NetworkManager/system-connections/Wired connection 1.nmconnection'").output();
        assertTrue(profile.contains("[ipv4]\nmethod=manual\naddress1=10.0.0.11/24,10.0.0.1\ndns=10.0.0.1;\n")
                || profile.contains("address1=10.0.0.11/24,10.0.0.1"), profile);

        ShellResult unknown = pi01.run("ping -c 3 pi02");
        assertEquals("ping: pi02: Name or service not known\n", unknown.output());
        assertEquals(2, unknown.status());

        pi01.run("echo '10.0.0.12 pi02' | sudo tee -a /etc/hosts > /dev/null");
        ShellResult ok = pi01.run("ping -c 3 pi02");
        List<String> lines = ok.output().lines().toList();
        assertEquals("PING pi02 (10.0.0.12) 56(84) bytes of data.", lines.get(0));
        for (int i = 1; i <= 3; i++) {
            assertTrue(REPLY.matcher(lines.get(i)).matches(), lines.get(i));
        }
        assertEquals("", lines.get(4));
        assertEquals("--- pi02 ping statistics ---", lines.get(5));
        assertEquals("3 packets transmitted, 3 received, 0% packet loss, time 2002ms", lines.get(6));
        assertTrue(lines.get(7).startsWith("rtt min/avg/max/mdev = 0.1"), lines.get(7));
        assertEquals(0, ok.status());
    }

    @Test
    void unpluggedOrOffHostIsUnreachable() {
        staticAddress(pi02, "10.0.0.12/24");
        lab.host("pi02").orElseThrow().cable(false);
        ShellResult r = pi01.run("ping -c 3 10.0.0.12");
        assertTrue(r.output().contains("From " + lab.host("pi01").orElseThrow().addresses().get(0)
                + " icmp_seq=1 Destination Host Unreachable\n"), r.output());
        assertTrue(r.output().contains("3 packets transmitted, 0 received, +3 errors, 100% packet loss"), r.output());
        assertEquals(1, r.status());
        lab.host("pi01").orElseThrow().cable(false);
        assertEquals("ping: connect: Network is unreachable\n", pi01.run("ping -c 1 10.0.0.12").output());
    }

    @Test
    void nmcliNeedsRootAndKnowsItsConnections() {
        assertEquals("Error: Failed to modify connection 'Wired connection 1': Insufficient privileges\n",
                pi01.run("nmcli con mod 'Wired connection 1' ipv4.method manual").output());
        assertEquals("Error: unknown connection 'eth0'.\n", pi01.run("sudo nmcli con up eth0").output());
    }

    @Test
    void changingTheAddressYouAreConnectedThroughDropsTheSshSession() {
        Session laptop = lab.learnerSession();
        Session remote = laptop.run("ssh pi03").entered().orElseThrow();
        ShellResult r = remote.run("sudo nmcli con mod 'Wired connection 1' ipv4.addresses 10.0.0.13/24 ipv4.method manual"
                + " && sudo nmcli con up 'Wired connection 1'");
        assertTrue(r.output().endsWith("client_loop: send disconnect: Broken pipe\n"), r.output());
        assertTrue(r.exited());
    }

    @Test
    void hostnamectlLeavesEtcHostsSoSudoWarns() {
        pi01.run("sudo hostnamectl set-hostname node01");
        assertEquals("node01\n", pi01.run("hostname").output());
        assertEquals("sudo: unable to resolve host node01: Name or service not known\nroot\n", pi01.run("sudo whoami").output());
    }

    @Test
    void wifiRoundTripsAreSlowerThanWiredAndPowerSavingWorseStill() {
        var links = new org.pilab.node.net.CatalogueLinkModel(org.pilab.hardware.Catalogue.load().model("pi4-4gb"));
        var eth = new org.pilab.node.net.NetInterface("eth0", org.pilab.node.net.InterfaceKind.ETHERNET, "dc:a6:32:00:00:01");
        var wlan = new org.pilab.node.net.NetInterface("wlan0", org.pilab.node.net.InterfaceKind.WIFI, "dc:a6:32:00:00:02");
        var rnd = new java.util.SplittableRandom(3);
        double sumWired = 0;
        double sumDozing = 0;
        double sumAwake = 0;
        for (int i = 0; i < 300; i++) {
            sumWired += links.roundTripMillis(eth, eth, rnd);
            sumDozing += links.roundTripMillis(eth, wlan, rnd);
        }
        wlan.powerSave(false);
        for (int i = 0; i < 300; i++) {
            sumAwake += links.roundTripMillis(eth, wlan, rnd);
        }
        assertTrue(Math.abs(sumWired / 300 - 0.17) < 0.03, "wired mean " + sumWired / 300);
        assertTrue(sumAwake / 300 > 2.0 && sumAwake / 300 < 10, "wifi mean " + sumAwake / 300);
        assertTrue(sumDozing / 300 > 100, "power saving mean " + sumDozing / 300);
    }
}
