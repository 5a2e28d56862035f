package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.imaging.CardWriter;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

/**
 * The classic guide, end to end, as a learner types it: image cards, find the Pis by mDNS,
 * static addresses and /etc/hosts, time sync, an NFS share, one munge key everywhere, the
 * SLURM packages. Each step checks what the learner would see.
 */
class ClusterBuildWalkthroughTest {

    private static ShellResult ok(Session s, String line) {
        ShellResult r = s.run(line);
        assertEquals(0, r.status(), line + "\n" + r.output());
        return r;
    }

    @Test
    void fromBlankCardsToAClusterReadyForSlurmConf() {
        Lab lab = Scenarios.fresh(2026L);
        Session laptop = lab.learnerSession();
        ok(laptop, "ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_ed25519 -q");
        String pub = ok(laptop, "cat ~/.ssh/id_ed25519.pub").output().strip();
        String hash = ok(laptop, "openssl passwd -6 -salt lab raspberry").output().strip();
        assertEquals(Sha512Crypt.hash("raspberry", "lab"), hash);

        List<String> names = List.of("pi01", "pi02", "pi03");
        for (int i = 0; i < names.size(); i++) {
            Host board = lab.boards().get(i);
            board.insertCard(CardWriter.image(OsRelease.BOOKWORM).hostname(names.get(i)).user("pi", hash)
                    .ssh(true, false).authorizedKey(pub).write());
            board.powerOn();
        }
        lab.network().advance(30_000);

        // static addresses, reached first through mDNS names
        StringBuilder hosts = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String ip = "10.0.0." + (11 + i);
            hosts.append(ip).append(' ').append(names.get(i)).append('\n');
            ShellResult r = laptop.run("ssh -o StrictHostKeyChecking=accept-new pi@" + names.get(i) + ".local "
                    + "\"sudo nmcli con mod 'Wired connection 1' ipv4.addresses " + ip + "/24 ipv4.gateway 10.0.0.1"
                    + " ipv4.dns 10.0.0.1 ipv4.method manual && sudo nmcli con up 'Wired connection 1'\"");
            assertTrue(r.output().contains("Connection successfully activated"), r.output());
        }
        ok(laptop, "printf '" + hosts.toString().replace("\n", "\\n") + "' | sudo tee -a /etc/hosts > /dev/null");
        ok(laptop, "printf 'Host pi0*\\n    User pi\\n    StrictHostKeyChecking accept-new\\n' > ~/.ssh/config");
        for (String n : names) {
            laptop.run("ssh -o StrictHostKeyChecking=accept-new " + n + " true");
            ok(laptop, "cat /etc/hosts | grep ' pi0' | ssh " + n + " sudo tee -a /etc/hosts");
            ok(laptop, "ssh " + n + " sudo apt install -y chrony munge nfs-common");
        }
        lab.network().advance(5_000);
        for (String n : names) {
            assertTrue(laptop.run("ssh " + n + " timedatectl").output().contains("System clock synchronized: yes\n"));
        }

        // head node exports /clusterfs
        Session head = laptop.run("ssh pi01").entered().orElseThrow();
        ok(head, "sudo apt install -y nfs-kernel-server");
        ok(head, "sudo mkdir -p /clusterfs && sudo chown nobody:nogroup /clusterfs && sudo chmod 777 /clusterfs");
        ok(head, "echo '/clusterfs 10.0.0.0/24(rw,sync,no_root_squash,no_subtree_check)' | sudo tee -a /etc/exports");
        ok(head, "sudo exportfs -ra");
        for (String n : List.of("pi02", "pi03")) {
            ok(laptop, "ssh " + n + " sudo mkdir -p /clusterfs");
            ok(laptop, "ssh " + n + " \"echo 'pi01:/clusterfs /clusterfs nfs defaults 0 0' | sudo tee -a /etc/fstab\"");
            ok(laptop, "ssh " + n + " sudo mount -a");
        }

        // different keys until the head's key is copied through the share
        assertEquals("unmunge: Error: Invalid credential\n", laptop.run("ssh pi01 munge -n | ssh pi02 unmunge").output());
        ok(head, "sudo cp /etc/munge/munge.key /clusterfs/munge.key");
        for (String n : List.of("pi02", "pi03")) {
            ok(laptop, "ssh " + n + " sudo cp /clusterfs/munge.key /etc/munge/munge.key");
            ok(laptop, "ssh " + n + " sudo systemctl restart munge");
        }
        for (String n : List.of("pi02", "pi03")) {
            ShellResult r = laptop.run("ssh pi01 munge -n | ssh " + n + " unmunge");
            assertTrue(r.output().startsWith("STATUS:          Success (0)\nENCODE_HOST:     pi01 (10.0.0.11)\n"), r.output());
        }

        // SLURM packages: units enabled, no slurm.conf yet, so nothing starts
        ok(head, "sudo apt install -y slurm-wlm");
        assertEquals("inactive\n", head.run("systemctl is-active slurmctld").output());
        assertEquals("enabled\n", head.run("systemctl is-enabled slurmctld").output());
        ShellResult conf = head.run("ls /etc/slurm/slurm.conf");
        assertEquals("ls: cannot access '/etc/slurm/slurm.conf': No such file or directory\n", conf.output());
        assertTrue(head.run("sudo slurmd -C").output().startsWith("NodeName=pi01 CPUs=4 Boards=1 SocketsPerBoard=1 "
                + "CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3794\n"));
    }
}
