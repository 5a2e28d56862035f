package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.imaging.CardWriter;
import org.pilab.node.imaging.CustomToml;
import org.pilab.node.imaging.SdCard;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.PromptResponder;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class FirstBootTest {

    private Lab lab;
    private Session laptop;
    private String pub;
    private final String hash = Sha512Crypt.hash("s3cret", "card");

    @BeforeEach
    void setUp() {
        lab = Scenarios.fresh(99L);
        laptop = lab.learnerSession();
        laptop.run("ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_ed25519 -q");
        pub = laptop.run("cat ~/.ssh/id_ed25519.pub").output().strip();
    }

    private static void assertEndsWith(String expectedEnd, String actual) {
        assertTrue(actual.endsWith(expectedEnd), actual);
    }

    private Host boot(SdCard card) {
        Host board = lab.boards().get(0);
        board.insertCard(card);
        board.bootAndWait();
        return board;
    }

    @Test
    void customTomlIsWrittenInTheBookwormFormat() {
        SdCard card = CardWriter.image(OsRelease.BOOKWORM).hostname("pi01").user("pi", hash).ssh(true, false)
                .authorizedKey(pub).write();
        String toml = card.bootFile("custom.toml").orElseThrow();
        assertTrue(toml.contains("config_version = 1\n"));
        assertTrue(toml.contains("[system]\nhostname = \"pi01\"\n"));
        assertTrue(toml.contains("[user]\nname = \"pi\"\npassword = \"" + hash + "\"\npassword_encrypted = true\n"));
        assertTrue(toml.contains("[ssh]\nenabled = true\npassword_authentication = false\nauthorized_keys = [ \"" + pub + "\" ]\n"));
        Map<String, Map<String, Object>> parsed = CustomToml.parse(toml);
        assertEquals(List.of(pub), parsed.get("ssh").get("authorized_keys"));
    }

    @Test
    void firstBootFromCustomTomlGivesKeyOnlySsh() {
        Host pi = boot(CardWriter.image(OsRelease.BOOKWORM).hostname("pi01").user("pi", hash).ssh(true, false)
                .authorizedKey(pub).write());
        assertEquals("pi01", pi.hostname());
        String address = pi.addresses().get(0);
        assertEquals("Warning: Permanently added '" + address + "' (ED25519) to the list of known hosts.\npi01\n",
                laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@" + address + " hostname").output());
        laptop.run("rm ~/.ssh/id_ed25519 ~/.ssh/id_ed25519.pub");
        laptop.responder(PromptResponder.withPassword("s3cret"));
        assertEndsWith("pi@" + address + ": Permission denied (publickey).\n", laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@" + address + " true").output());
    }

    @Test
    void noSshMeansConnectionRefused() {
        Host pi = boot(CardWriter.image(OsRelease.BOOKWORM).hostname("pi01").user("pi", hash).write());
        String address = pi.addresses().get(0);
        assertEndsWith("ssh: connect to host " + address + " port 22: Connection refused\n",
                laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@" + address).output());
    }

    @Test
    void noUserMeansNobodyCanLogIn() {
        Host pi = boot(CardWriter.image(OsRelease.BOOKWORM).hostname("pi01").ssh(true, true).write());
        String address = pi.addresses().get(0);
        laptop.responder(PromptResponder.withPassword("raspberry"));
        assertTrue(laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@" + address + " true").output()
                .endsWith("pi@" + address + ": Permission denied (publickey,password).\n"));
    }

    @Test
    void legacySshFileAndUserconfStillWork() {
        SdCard card = CardWriter.image(OsRelease.BOOKWORM).write();
        card.putBootFile("ssh", "");
        card.putBootFile("userconf.txt", "pi:" + hash + "\n");
        Host pi = boot(card);
        laptop.responder(PromptResponder.withPassword("s3cret"));
        assertEndsWith("raspberrypi\n", laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@" + pi.addresses().get(0) + " hostname").output());
        assertTrue(card.bootFile("ssh").isEmpty(), "first boot deletes the ssh flag file");
    }

    @Test
    void cloudInitOnTrixie() {
        SdCard card = CardWriter.image(OsRelease.TRIXIE).hostname("pi05").user("pi", hash).ssh(true, true)
                .authorizedKey(pub).wifi("pilab", "clusterlab", "GB").write();
        String userData = card.bootFile("user-data").orElseThrow();
        assertTrue(userData.startsWith("#cloud-config\nhostname: pi05\n"));
        assertTrue(userData.contains("  ssh_authorized_keys:\n    - " + pub + "\n"));
        assertTrue(card.bootFile("network-config").orElseThrow().contains("access-points:\n        \"pilab\":\n"));
        Host pi = boot(card);
        assertEquals("pi05", pi.hostname());
        assertTrue(pi.netInterface("wlan0").orElseThrow().hasAddress(), "joined the Wi-Fi");
        assertEndsWith("Debian GNU/Linux 13 (trixie)\n",
                laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@" + pi.addresses().get(0) + " grep PRETTY /etc/os-release | cut -d'\"' -f2").output());
    }

    @Test
    void cloudInitOnUbuntuEnablesSsh() {
        Host pi = boot(CardWriter.image(OsRelease.UBUNTU).hostname("ubu1").user("pi", hash).authorizedKey(pub).write());
        assertEndsWith("ubu1\n", laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@" + pi.addresses().get(0) + " hostname").output());
        assertEquals("pi@ubu1:~$ ", pi.login("pi").prompt());
    }

    @Test
    void wifiOnlyPiAnswersPingsMoreSlowlyThanAWiredOne() {
        Host wifi = lab.boards().get(0);
        wifi.cable(false);
        wifi.insertCard(CardWriter.image(OsRelease.BOOKWORM).hostname("piwifi").user("pi", hash).ssh(true, false)
                .authorizedKey(pub).wifi("pilab", "clusterlab", "GB").write());
        Host wired = lab.boards().get(1);
        wired.insertCard(CardWriter.image(OsRelease.BOOKWORM).hostname("piwired").user("pi", hash).write());
        wifi.powerOn();
        wired.powerOn();
        lab.network().advance(30_000);
        assertTrue(wifi.netInterface("wlan0").orElseThrow().hasAddress());
        assertEquals("Power save: on\n", laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@piwifi.local /usr/sbin/iw wlan0 get power_save")
                .output().lines().reduce((x, y) -> y).orElse("") + "\n");
        laptop.run("ssh pi@piwifi.local sudo iw wlan0 set power_save off");
        assertEquals(false, wifi.netInterface("wlan0").orElseThrow().powerSave());
        double wifiAvg = average(laptop.run("ping -c 10 piwifi.local").output());
        double wiredAvg = average(laptop.run("ping -c 10 piwired.local").output());
        assertTrue(wiredAvg < 0.5, "wired " + wiredAvg);
        assertTrue(wifiAvg > 1.5, "wifi " + wifiAvg);
    }

    private static double average(String pingOutput) {
        String last = pingOutput.lines().reduce((a, b) -> b).orElseThrow();
        return Double.parseDouble(last.split(" = ")[1].split("/")[1]);
    }

    @Test
    void wrongWifiPasswordLeavesThePiOffline() {
        Host pi = lab.boards().get(0);
        pi.cable(false);
        pi.insertCard(CardWriter.image(OsRelease.BOOKWORM).hostname("piwifi").user("pi", hash).ssh(true, false)
                .wifi("pilab", "wrong-password", "GB").write());
        pi.bootAndWait();
        assertTrue(pi.addresses().isEmpty());
        assertEquals("ping: piwifi.local: Name or service not known\n", laptop.run("ping -c 1 piwifi.local").output());
    }

    @Test
    void reimagingChangesTheHostKeySoSshRefusesUntilTheOldOneIsRemoved() {
        Host pi = boot(CardWriter.image(OsRelease.BOOKWORM).hostname("pi01").user("pi", hash).ssh(true, false)
                .authorizedKey(pub).write());
        assertEquals(0, laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@pi01.local true").status());
        pi.powerOff();
        pi.removeCard();
        pi.insertCard(CardWriter.image(OsRelease.BOOKWORM).hostname("pi01").user("pi", hash).ssh(true, false)
                .authorizedKey(pub).write());
        pi.bootAndWait();
        ShellResult changed = laptop.run("ssh pi@pi01.local true");
        assertTrue(changed.output().startsWith("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
                + "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"), changed.output());
        assertEquals(255, changed.status());
        assertTrue(laptop.run("ssh-keygen -R pi01.local").output().startsWith("# Host pi01.local found: line 1\n"));
        assertEquals(0, laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@pi01.local true").status());
    }

    @Test
    void ubuntuStaticAddressThroughNetplan() {
        Host pi = boot(CardWriter.image(OsRelease.UBUNTU).hostname("ubu1").user("pi", hash).authorizedKey(pub).write());
        Session s = pi.login("pi");
        s.run("sudo tee /etc/netplan/50-cloud-init.yaml <<EOF\nnetwork:\n  version: 2\n  ethernets:\n    eth0:\n"
                + "      dhcp4: false\n      addresses: [10.0.0.21/24]\n      routes:\n        - to: default\n"
                + "          via: 10.0.0.1\n      nameservers:\n        addresses: [10.0.0.1]\nEOF");
        ShellResult apply = s.run("sudo netplan apply");
        assertEquals(0, apply.status(), apply.output());
        assertEquals(List.of("10.0.0.21"), pi.addresses());
        assertTrue(s.run("ip route").output().startsWith("default via 10.0.0.1 dev eth0 proto static src 10.0.0.21 metric 100"));
        assertEquals("bash: nmcli: command not found\n".replace("bash", "-bash"), s.run("nmcli con show").output());
    }

    @Test
    void boardWithoutCardDoesNotBoot() {
        Host board = lab.boards().get(1);
        board.powerOn();
        assertEquals(PowerState.NO_BOOT_MEDIA, board.power());
    }
}
