package org.pilab.node.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class PingInterfaceTest {

    private static final Pattern RTT = Pattern.compile("rtt min/avg/max/mdev = ([\\d.]+)/([\\d.]+)/([\\d.]+)/([\\d.]+) ms");

    private Lab lab;
    private Host host;
    private Session pi01;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(5L);
        host = lab.host("pi01").orElseThrow();
        pi01 = host.login("pi");
    }

    private static double average(String output) {
        Matcher m = RTT.matcher(output);
        assertTrue(m.find(), output);
        return Double.parseDouble(m.group(2));
    }

    @Test
    void theRouterAnswersPingsOverTheWire() {
        ShellResult r = pi01.run("ping -c 3 10.0.0.1");
        List<String> lines = r.output().lines().toList();
        assertEquals("PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.", lines.get(0));
        assertTrue(lines.get(1).matches("64 bytes from 10\\.0\\.0\\.1: icmp_seq=1 ttl=64 time=0\\.\\d{3} ms"), lines.get(1));
        assertTrue(r.output().contains("3 packets transmitted, 3 received, 0% packet loss"), r.output());
        assertEquals(0, r.status());
    }

    @Test
    void bindingToAnInterfaceNamesItAndItsAddressInTheHeader() {
        String eth0 = host.netInterface("eth0").orElseThrow().address();
        ShellResult r = pi01.run("ping -c 2 -I eth0 10.0.0.1");
        assertEquals("PING 10.0.0.1 (10.0.0.1) from " + eth0 + " eth0: 56(84) bytes of data.", r.output().lines().findFirst().orElseThrow());
        assertEquals(0, r.status());
    }

    @Test
    void anUnconnectedWifiInterfaceCannotSendAndAnUnknownOneDoesNotExist() {
        ShellResult down = pi01.run("ping -c 2 -I wlan0 10.0.0.1");
        assertEquals("ping: connect: Network is unreachable\n", down.output());
        assertEquals(2, down.status());
        ShellResult unknown = pi01.run("ping -c 2 -I wlan7 10.0.0.1");
        assertEquals("ping: SO_BINDTODEVICE wlan7: No such device\n", unknown.output());
        assertEquals(2, unknown.status());
    }

    @Test
    void onceJoinedWifiIsSlowerAndLessSteadyThanTheWire() {
        assertEquals(0, pi01.run("sudo nmcli dev wifi connect " + lab.network().wifiSsid() + " password "
                + lab.network().wifiPassword()).status());
        String wlan0 = host.netInterface("wlan0").orElseThrow().address();
        ShellResult wifi = pi01.run("ping -c 10 -I wlan0 10.0.0.1");
        ShellResult wire = pi01.run("ping -c 10 -I eth0 10.0.0.1");
        assertTrue(wifi.output().startsWith("PING 10.0.0.1 (10.0.0.1) from " + wlan0 + " wlan0: 56(84) bytes of data.\n"), wifi.output());
        assertEquals(0, wifi.status(), wifi.output());
        assertEquals(0, wire.status(), wire.output());
        assertTrue(average(wifi.output()) > 3 * average(wire.output()), wifi.output() + wire.output());
    }
}
