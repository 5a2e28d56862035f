package org.pilab.node.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class NmcliRadioTest {

    private Lab lab;
    private Host host;
    private Session pi01;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(7L);
        host = lab.host("pi01").orElseThrow();
        pi01 = host.login("pi");
    }

    private boolean wlanConnected() {
        return host.netInterface("wlan0").orElseThrow().hasAddress();
    }

    @Test
    void theRadioIsOnUntilRootSwitchesItOff() {
        assertEquals("enabled\n", pi01.run("nmcli radio wifi").output());
        ShellResult refused = pi01.run("nmcli radio wifi off");
        assertTrue(refused.output().startsWith("Error: Failed to set radio: Not authorized"), refused.output());
        assertEquals(1, refused.status());
        assertEquals("enabled\n", pi01.run("nmcli radio wifi").output());

        assertEquals(0, pi01.run("sudo nmcli radio wifi off").status());
        assertEquals("disabled\n", pi01.run("nmcli radio wifi").output());
        assertEquals(0, pi01.run("sudo nmcli radio wifi on").status());
        assertEquals("enabled\n", pi01.run("nmcli r w").output());
    }

    @Test
    void switchingTheRadioOffDropsTheWifiLinkAndItStaysOffAfterAReboot() {
        assertEquals(0, pi01.run("sudo nmcli dev wifi connect " + lab.network().wifiSsid() + " password "
                + lab.network().wifiPassword()).status());
        assertTrue(wlanConnected());
        pi01.run("sudo nmcli radio wifi off");
        assertFalse(wlanConnected());
        assertTrue(pi01.run("nmcli device").output().matches("(?s).*wlan0\\s+wifi\\s+unavailable\\s.*"));

        host.reboot();
        lab.network().advance(host.hardware().bootMillis() + 1_000);
        assertFalse(wlanConnected(), "the switch is saved in NetworkManager.state");
        Session again = host.login("pi");
        assertEquals("disabled\n", again.run("nmcli radio wifi").output());
        again.run("sudo nmcli radio wifi on");
        assertTrue(wlanConnected(), "the saved profile joins again once the radio is on");
    }

    @Test
    void conDownDisconnectsWithoutTouchingTheRadio() {
        String ssid = lab.network().wifiSsid();
        pi01.run("sudo nmcli dev wifi connect " + ssid + " password " + lab.network().wifiPassword());
        ShellResult down = pi01.run("sudo nmcli con down " + ssid);
        assertTrue(down.output().startsWith("Connection '" + ssid + "' successfully deactivated"), down.output());
        assertFalse(wlanConnected());
        assertEquals("enabled\n", pi01.run("nmcli radio wifi").output());
    }

    @Test
    void theSwitchTableShowsEveryRadio() {
        pi01.run("sudo nmcli radio wifi off");
        String table = pi01.run("nmcli radio").output();
        assertTrue(table.startsWith("WIFI-HW  WIFI"), table);
        assertTrue(table.contains("disabled"), table);
    }

    @Test
    void theWifiListShowsTheAccessPointUntilTheRadioIsOff() {
        String ssid = lab.network().wifiSsid();
        String list = pi01.run("nmcli dev wifi list").output();
        assertTrue(list.lines().anyMatch(l -> l.matches("\\s+\\S+\\s+" + ssid + "\\s+Infra.*")), list);
        pi01.run("sudo nmcli dev wifi connect " + ssid + " password " + lab.network().wifiPassword());
        assertTrue(pi01.run("nmcli dev wifi").output().lines().anyMatch(l -> l.startsWith("*") && l.contains(ssid)));
        assertTrue(pi01.run("nmcli device").output().matches("(?s).*wlan0\\s+wifi\\s+connected\\s+" + ssid + "\\s.*"),
                "the connection is named after the profile nmcli saved");
        pi01.run("sudo nmcli radio wifi off");
        assertEquals(1, pi01.run("nmcli dev wifi").output().lines().count(), "only the header");
    }
}
