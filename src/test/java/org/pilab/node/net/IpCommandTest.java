package org.pilab.node.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class IpCommandTest {

    private Host host;
    private Session pi01;
    private String eth0;

    @BeforeEach
    void setUp() {
        Lab lab = Scenarios.networked(4L);
        host = lab.host("pi01").orElseThrow();
        pi01 = host.login("pi");
        eth0 = host.netInterface("eth0").orElseThrow().address();
    }

    @Test
    void addrShowOfOneDeviceListsOnlyThatDevice() {
        ShellResult r = pi01.run("ip -4 addr show eth0");
        List<String> lines = r.output().lines().toList();
        assertEquals(3, lines.size(), r.output());
        assertTrue(lines.get(0).startsWith("2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500"), lines.get(0));
        assertEquals("    inet " + eth0 + "/24 brd 10.0.0.255 scope global dynamic noprefixroute eth0", lines.get(1));
        assertFalse(r.output().contains("lo:"), r.output());
        assertEquals(r.output(), pi01.run("ip -4 a s dev eth0").output());
        assertEquals(0, r.status());
    }

    @Test
    void anUnknownDeviceIsAnError() {
        ShellResult r = pi01.run("ip addr show eth7");
        assertEquals("Device \"eth7\" does not exist.\n", r.output());
        assertEquals(1, r.status());
        assertEquals("Device \"eth7\" does not exist.\n", pi01.run("ip link show eth7").output());
    }

    @Test
    void briefListingHasOneLinePerInterface() {
        List<String> lines = pi01.run("ip -br addr").output().lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("lo               UNKNOWN        127.0.0.1/8 ::1/128 ", lines.get(0));
        assertTrue(lines.get(1).matches("eth0             UP             " + eth0.replace(".", "\\.") + "/24 fe80::[0-9a-f:]+/64 "), lines.get(1));
        assertEquals("wlan0            DOWN           ", lines.get(2));
        assertEquals(List.of("lo               UNKNOWN        127.0.0.1/8 ", "eth0             UP             " + eth0 + "/24 "),
                pi01.run("ip -br -4 addr").output().lines().toList());
    }

    @Test
    void linkShowOfOneDeviceAndIpv6Only() {
        List<String> link = pi01.run("ip link show wlan0").output().lines().toList();
        assertEquals(2, link.size(), link.toString());
        assertTrue(link.get(0).startsWith("3: wlan0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500"), link.get(0));
        assertTrue(link.get(1).startsWith("    link/ether " + host.netInterface("wlan0").orElseThrow().mac()), link.get(1));
        String v6 = pi01.run("ip -6 addr show eth0").output();
        assertTrue(v6.contains("    inet6 fe80::"), v6);
        assertFalse(v6.contains("inet " + eth0), v6);
    }
}
