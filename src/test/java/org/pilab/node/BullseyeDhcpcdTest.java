package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.imaging.CardWriter;
import org.pilab.node.imaging.SdCard;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

/** Raspberry Pi OS Bullseye: legacy first-boot files, dhcpcd and /etc/dhcpcd.conf static addresses. */
class BullseyeDhcpcdTest {

    private static final String STATIC_ETH0 = "interface eth0\nstatic ip_address=10.0.0.11/24\n"
            + "static routers=10.0.0.1\nstatic domain_name_servers=10.0.0.1\n";

    private Lab lab;
    private Session laptop;
    private Host pi;
    private Session shell;

    @BeforeEach
    void setUp() {
        lab = Scenarios.fresh(7L);
        laptop = lab.learnerSession();
        SdCard card = CardWriter.image(OsRelease.BULLSEYE).user("pi", LabFixture.PI_HASH).ssh(true, true).write();
        pi = lab.boards().get(0);
        pi.insertCard(card);
        pi.bootAndWait();
        shell = pi.login("pi");
    }

    private void appendToDhcpcdConf(String text) {
        ShellResult r = shell.run("sudo tee -a /etc/dhcpcd.conf > /dev/null <<EOF\n" + text + "EOF");
        assertEquals(0, r.status(), r.output());
    }

    @Test
    void imagingWritesOnlyTheLegacyBootFilesAndFirstBootUsesThem() {
        SdCard card = CardWriter.image(OsRelease.BULLSEYE).user("pi", LabFixture.PI_HASH).ssh(true, true).write();
        assertEquals("", card.bootFile("ssh").orElseThrow());
        assertEquals("pi:" + LabFixture.PI_HASH + "\n", card.bootFile("userconf.txt").orElseThrow());
        assertTrue(card.bootFile("custom.toml").isEmpty());
        assertTrue(card.bootFile("user-data").isEmpty());
        assertTrue(pi.accounts().user("pi").isPresent());
        assertEquals("enabled\n", shell.run("systemctl is-enabled ssh").output());
        assertTrue(shell.run("cat /etc/os-release").output().contains("VERSION_CODENAME=bullseye\n"));
    }

    @Test
    void settingsWithNoLegacyFileAreRefusedNotDropped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CardWriter.image(OsRelease.BULLSEYE).hostname("pi01").user("pi", LabFixture.PI_HASH).write());
        assertTrue(e.getMessage().contains("Bullseye"), e.getMessage());
    }

    @Test
    void customTomlOnABullseyeCardIsIgnored() {
        SdCard card = CardWriter.image(OsRelease.BULLSEYE).write();
        card.putBootFile("custom.toml", "config_version = 1\n[system]\nhostname = \"tomlname\"\n"
                + "[user]\nname = \"tomluser\"\npassword = \"x\"\npassword_encrypted = false\n");
        Host other = lab.boards().get(1);
        other.insertCard(card);
        other.bootAndWait();
        assertFalse(other.accounts().user("tomluser").isPresent());
        assertEquals("raspberrypi", other.hostname());
    }

    @Test
    void dhcpcdRunsAndNetworkManagerIsAbsent() {
        assertEquals("active\n", shell.run("systemctl is-active dhcpcd").output());
        ShellResult nmcli = shell.run("nmcli con show");
        assertEquals(127, nmcli.status());
        assertTrue(nmcli.output().endsWith("bash: nmcli: command not found\n"), nmcli.output());
        assertFalse(shell.run("systemctl is-active NetworkManager").output().startsWith("active"));
    }

    @Test
    void withoutAStaticBlockTheBoardLeasesFromDhcp() {
        String address = pi.addresses().get(0);
        int host = Integer.parseInt(address.substring(address.lastIndexOf('.') + 1));
        assertTrue(address.startsWith("10.0.0.") && host >= 100 && host <= 199, address);
        assertTrue(shell.run("ip -4 addr show eth0").output().contains("scope global dynamic noprefixroute eth0"));
    }

    @Test
    void staticAddressAppliesOnRestartAndTheLaptopCanPingIt() {
        String leased = pi.addresses().get(0);
        appendToDhcpcdConf(STATIC_ETH0);
        // dhcpcd reads its file when it starts: the edit alone changes nothing
        assertEquals(List.of(leased), pi.addresses());

        ShellResult restart = shell.run("sudo systemctl restart dhcpcd");
        assertEquals(0, restart.status(), restart.output());
        assertEquals(List.of("10.0.0.11"), pi.addresses());
        String ip = shell.run("ip addr").output();
        assertTrue(ip.contains("    inet 10.0.0.11/24 brd 10.0.0.255 scope global noprefixroute eth0\n"), ip);

        ShellResult ping = laptop.run("ping -c 2 10.0.0.11");
        assertEquals(0, ping.status(), ping.output());
        assertTrue(ping.output().contains("2 packets transmitted, 2 received, 0% packet loss"), ping.output());
        String journal = shell.run("sudo journalctl -u dhcpcd").output();
        assertTrue(journal.contains("eth0: using static address 10.0.0.11/24"), journal);
    }

    @Test
    void staticAddressSurvivesAReboot() {
        appendToDhcpcdConf(STATIC_ETH0);
        pi.reboot();
        lab.network().advance(60_000);
        assertEquals(List.of("10.0.0.11"), pi.addresses());
    }

    @Test
    void anUnknownOptionIsLoggedAndSkippedAndTheRestStillApplies() {
        appendToDhcpcdConf("interface eth0\nstatic_ip_address 10.0.0.12/24\nstatic ip_address=10.0.0.12/24\n");
        assertEquals(0, shell.run("sudo systemctl restart dhcpcd").status());
        assertEquals(List.of("10.0.0.12"), pi.addresses());
        String journal = shell.run("sudo journalctl -u dhcpcd").output();
        assertTrue(journal.contains("dhcpcd[") && journal.contains("]: unknown option: static_ip_address"), journal);
    }

    @Test
    void aMalformedAddressIsLoggedAndTheBoardKeepsDhcp() {
        String leased = pi.addresses().get(0);
        appendToDhcpcdConf("interface eth0\nstatic ip_address=10.0.0.300/24\nstatic routers=10.0.0.1\n");
        assertEquals(0, shell.run("sudo systemctl restart dhcpcd").status());
        assertEquals(List.of(leased), pi.addresses());
        String journal = shell.run("sudo journalctl -u dhcpcd").output();
        assertTrue(journal.contains("failed to convert 10.0.0.300/24"), journal);
    }
}
