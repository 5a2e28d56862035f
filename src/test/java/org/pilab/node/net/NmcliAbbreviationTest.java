package org.pilab.node.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class NmcliAbbreviationTest {

    private Lab lab;
    private Host host;
    private Session pi01;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(9L);
        host = lab.host("pi01").orElseThrow();
        pi01 = host.login("pi");
    }

    private String method() {
        return pi01.run("nmcli connection show 'Wired connection 1'").output().lines()
                .filter(l -> l.startsWith("ipv4.method:")).findFirst().orElse("");
    }

    @Test
    void shortestPrefixesModifyTheProfile() {
        ShellResult r = pi01.run("sudo nmcli c m 'Wired connection 1' ipv4.addresses 10.0.0.11/24 ipv4.gateway 10.0.0.1 "
                + "ipv4.dns 10.0.0.1 ipv4.method manual");
        assertEquals(0, r.status(), r.output());
        assertTrue(method().endsWith("manual"), method());
    }

    @Test
    void longerPrefixesReachTheSameCommands() {
        assertEquals(0, pi01.run("sudo nmcli con mod 'Wired connection 1' ipv4.method manual ipv4.addresses 10.0.0.11/24").status());
        assertEquals(0, pi01.run("sudo nmcli connection m 'Wired connection 1' ipv4.method auto").status());
        assertTrue(method().endsWith("auto"), method());
        assertEquals(pi01.run("nmcli device").output(), pi01.run("nmcli d").output());
        assertTrue(pi01.run("nmcli d").output().startsWith("DEVICE"), pi01.run("nmcli d").output());
        assertEquals(pi01.run("nmcli device wifi list").output(), pi01.run("nmcli dev wifi").output());
    }

    @Test
    void wifiConnectThroughAbbreviations() {
        ShellResult r = pi01.run("sudo nmcli d w c " + lab.network().wifiSsid() + " password " + lab.network().wifiPassword());
        assertEquals(0, r.status(), r.output());
        assertTrue(host.netInterface("wlan0").orElseThrow().hasAddress());
    }

    @Test
    void errorsNameTheWordNmcliCouldNotPlace() {
        ShellResult badVerb = pi01.run("nmcli c frobnicate");
        assertEquals("Error: argument 'frobnicate' not understood. Try passing --help instead.\n", badVerb.output());
        assertEquals(2, badVerb.status());
        ShellResult badObject = pi01.run("nmcli wifi");
        assertEquals("Error: Object 'wifi' is unknown, try 'nmcli help'.\n", badObject.output());
        assertEquals(2, badObject.status());
    }
}
