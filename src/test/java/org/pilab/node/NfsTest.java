package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class NfsTest {

    private Lab lab;
    private Session head;
    private Session node;

    @BeforeEach
    void setUp() {
        lab = Scenarios.networked(31L);
        head = lab.host("pi01").orElseThrow().login("pi");
        node = lab.host("pi02").orElseThrow().login("pi");
        head.run("sudo apt install -y nfs-kernel-server");
        head.run("sudo mkdir /clusterfs && sudo chown nobody:nogroup /clusterfs && sudo chmod 777 /clusterfs");
        head.run("echo '/clusterfs 10.0.0.0/24(rw,sync,no_root_squash,no_subtree_check)' | sudo tee -a /etc/exports");
        node.run("sudo apt install -y nfs-common && sudo mkdir /clusterfs");
    }

    @Test
    void filesOnTheShareAreTheSameEverywhereOnceMounted() {
        assertEquals(0, head.run("sudo exportfs -ra").status());
        assertTrue(head.run("sudo exportfs -v").output().startsWith("/clusterfs     \t10.0.0.0/24(sync,wdelay,hide,"
                + "no_subtree_check,sec=sys,rw,secure,no_root_squash,no_all_squash)"));
        head.run("echo 'job output' > /clusterfs/result.txt");
        assertEquals("", node.run("ls /clusterfs").output(), "not mounted: the empty local directory");
        String server = lab.host("pi01").orElseThrow().addresses().get(0);
        ShellResult m = node.run("sudo mount -t nfs " + server + ":/clusterfs /clusterfs");
        assertEquals("", m.output());
        assertEquals("job output\n", node.run("cat /clusterfs/result.txt").output());
        node.run("echo from-node > /clusterfs/back.txt");
        assertEquals("from-node\n", head.run("cat /clusterfs/back.txt").output());
        assertTrue(node.run("df -h").output().contains(server + ":/clusterfs   29G  2.3G   25G   9% /clusterfs\n"),
                node.run("df -h").output());
        assertTrue(node.run("mount").output().contains(server + ":/clusterfs on /clusterfs type nfs4 (rw,"));
        node.run("sudo umount /clusterfs");
        assertEquals("", node.run("ls /clusterfs").output());
    }

    @Test
    void mountNeedsRootAndAnExport() {
        String server = lab.host("pi01").orElseThrow().addresses().get(0);
        assertEquals("mount: /clusterfs: must be superuser to use mount.\n",
                node.run("mount -t nfs " + server + ":/clusterfs /clusterfs").output());
        assertEquals("mount.nfs: access denied by server while mounting " + server + ":/srv\n",
                node.run("sudo mount -t nfs " + server + ":/srv /clusterfs").output());
    }

    @Test
    void fstabLineMountsAtBoot() {
        head.run("sudo exportfs -ra");
        String server = lab.host("pi01").orElseThrow().addresses().get(0);
        node.run("echo '" + server + ":/clusterfs /clusterfs nfs defaults 0 0' | sudo tee -a /etc/fstab");
        head.run("touch /clusterfs/marker");
        Host n = lab.host("pi02").orElseThrow();
        n.reboot();
        lab.network().advance(n.hardware().bootMillis());
        assertEquals("marker\n", n.login("pi").run("ls /clusterfs").output());
    }
}
