package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class NodeCommandsTest {

    private Lab lab;
    private Session pi01;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(3L);
        pi01 = lab.host("pi01").orElseThrow().login("pi");
    }

    @Test
    void slurmdDashCPrintsTheBoardsLineFromTheCatalogue() {
        pi01.run("sudo apt install -y slurmd");
        assertEquals("-bash: slurmd: command not found\n", pi01.run("slurmd -C").output(), "/usr/sbin is not on pi's PATH");
        ShellResult r = pi01.run("sudo slurmd -C");
        assertTrue(r.output().startsWith("NodeName=pi01 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4 ThreadsPerCore=1"
                + " RealMemory=3794\nUpTime=0-00:"), r.output());
    }

    @Test
    void journalctlXeuShowsTheUnitsLines() {
        pi01.run("sudo apt install -y munge");
        String log = pi01.run("journalctl -xeu munge.service").output();
        assertTrue(log.matches("(?s)Nov 25 17:\\d\\d:\\d\\d pi01 systemd\\[1\\]: Starting munge.service - MUNGE authentication service\\.\\.\\.\n"
                + "Nov 25 17:\\d\\d:\\d\\d pi01 systemd\\[1\\]: Started munge.service - MUNGE authentication service\\.\n"), log);
        assertEquals("-- No entries --\n", pi01.run("journalctl -u slurmd").output());
    }

    @Test
    void sudoDashIEntersARootShellAndExitLeavesIt() {
        ShellResult r = pi01.run("sudo -i");
        Session root = r.entered().orElseThrow();
        assertEquals("root@pi01:~# ", root.prompt());
        assertEquals("/root\n", root.run("pwd").output());
        assertTrue(root.run("exit").exited());
    }

    @Test
    void aptNeedsTheNetwork() {
        lab.host("pi01").orElseThrow().cable(false);
        ShellResult r = pi01.run("sudo apt install -y chrony");
        assertTrue(r.output().endsWith("E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n"),
                r.output());
        assertEquals(100, r.status());
        lab.host("pi01").orElseThrow().cable(true);
        ShellResult update = pi01.run("sudo apt update");
        assertTrue(update.output().startsWith("Hit:1 http://deb.debian.org/debian bookworm InRelease\n"), update.output());
        assertTrue(update.output().endsWith("All packages are up to date.\n"), update.output());
    }

    @Test
    void chronyReplacesTimesyncdAndSynchronisesTheClock() {
        assertTrue(pi01.run("timedatectl").output().contains("System clock synchronized: no\n"));
        ShellResult r = pi01.run("sudo apt install -y chrony");
        assertTrue(r.output().contains("The following packages will be REMOVED:\n  systemd-timesyncd\n"), r.output());
        lab.network().advance(5_000);
        assertTrue(pi01.run("timedatectl").output().contains("System clock synchronized: yes\n"));
        assertEquals(0, lab.host("pi01").orElseThrow().clockOffsetMillis());
        assertTrue(pi01.run("chronyc tracking").output().endsWith("Leap status     : Normal\n"));
    }

    @Test
    void hostEventsReachListeners() {
        java.util.List<HostEvent.Kind> seen = new java.util.ArrayList<>();
        lab.network().addListener(e -> seen.add(e.kind()));
        Host h = lab.host("pi02").orElseThrow();
        h.cable(false);
        h.cable(true);
        h.reboot();
        lab.network().advance(h.hardware().bootMillis());
        h.powerOff();
        assertEquals(java.util.List.of(HostEvent.Kind.CABLE_UNPLUGGED, HostEvent.Kind.CABLE_PLUGGED, HostEvent.Kind.REBOOTING,
                HostEvent.Kind.BOOTED, HostEvent.Kind.POWERED_OFF), seen);
    }

    @Test
    void memoryCgroupFollowsCmdlineAfterReboot() {
        Host h = lab.host("pi01").orElseThrow();
        assertEquals("memory\t0\t55\t0\n", pi01.run("grep memory /proc/cgroups").output());
        pi01.run("sudo sed -i 's/$/ cgroup_enable=memory cgroup_memory=1/' /boot/firmware/cmdline.txt");
        assertEquals("memory\t0\t55\t0\n", pi01.run("grep memory /proc/cgroups").output(), "only after a reboot");
        pi01.run("sudo reboot");
        lab.network().advance(h.hardware().bootMillis());
        assertTrue(h.memoryCgroupEnabled());
        assertEquals("memory\t0\t55\t1\n", h.login("pi").run("grep memory /proc/cgroups").output());
    }

    @Test
    void ncAndSsShowWhatListens() {
        Host pi02 = lab.host("pi02").orElseThrow();
        String ip = pi02.addresses().get(0);
        assertEquals("Connection to " + ip + " (" + ip + ") 22 port [tcp/ssh] succeeded!\n", pi01.run("nc -zv " + ip + " 22").output());
        ShellResult refused = pi01.run("nc -zv " + ip + " 6817");
        assertEquals("nc: connect to " + ip + " port 6817 (tcp) failed: Connection refused\n", refused.output());
        assertEquals(1, refused.status());
        assertTrue(pi01.run("ss -tln").output().contains("0.0.0.0:22 "));
        assertEquals(2, pi01.run("getent hosts pi02").status());
        assertEquals("pi:x:1000:1000:pi,,,:/home/pi:/bin/bash\n", pi01.run("getent passwd pi").output());
    }

    @Test
    void aPiFiveFromTheCatalogueReportsItsOwnHardware() {
        Host pi5 = lab.network().addBoard("board9", org.pilab.hardware.Catalogue.load().model("pi5-8gb"));
        pi5.cable(true);
        pi5.insertCard(org.pilab.node.imaging.CardWriter.image(OsRelease.BOOKWORM).hostname("pi09")
                .user("pi", org.pilab.node.account.Sha512Crypt.hash("x", "y")).write());
        pi5.bootAndWait();
        Session s = pi5.login("pi");
        s.run("sudo apt install -y slurmd");
        assertTrue(s.run("sudo slurmd -C").output().startsWith("NodeName=pi09 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4"
                + " ThreadsPerCore=1 RealMemory=8052\n"));
        assertTrue(s.run("uname -r").output().equals("6.6.51+rpt-rpi-2712\n"));
    }

    @Test
    void everyLineIsLoggedWithHostUserAndStatus() {
        lab.learnerSession().run("ssh pi02 sudo exportfs -ra");
        var log = lab.network().commandLog();
        CommandRecord remote = log.get(log.size() - 2);
        CommandRecord local = log.get(log.size() - 1);
        assertEquals("sudo exportfs -ra", remote.line());
        assertEquals("pi02", remote.hostname());
        assertEquals("pi", remote.user());
        assertEquals(1, remote.status(), "sudo: exportfs: command not found");
        assertEquals("ssh pi02 sudo exportfs -ra", local.line());
        assertEquals("laptop", local.hostname());
    }

    @Test
    void smallCommands() {
        Host h = lab.host("pi01").orElseThrow();
        assertEquals(h.addresses().get(0) + " \n", pi01.run("hostname -I").output());
        assertEquals("/usr/bin/ls\n", pi01.run("which ls").output());
        assertEquals(1, pi01.run("which munge").status());
        assertEquals("Linux pi01 6.6.51+rpt-rpi-v8 #1 SMP PREEMPT Debian 1:6.6.51-1+rpt3 (2024-10-08) aarch64 GNU/Linux\n",
                pi01.run("uname -a").output());
        assertEquals("4\n", pi01.run("nproc").output());
        assertTrue(pi01.run("id").output().startsWith("uid=1000(pi) gid=1000(pi) groups=1000(pi),4(adm),20(dialout),"));
        pi01.run("echo 'echo one' > s.sh; echo 'echo two' >> s.sh; chmod +x s.sh");
        assertEquals("one\ntwo\n", pi01.run("./s.sh").output());
        assertEquals("-bash: ./nothere.sh: No such file or directory\n", pi01.run("./nothere.sh").output());
        assertTrue(pi01.run("vcgencmd measure_temp").output().matches("temp=\\d\\d\\.\\d'C\n"));
    }
}
