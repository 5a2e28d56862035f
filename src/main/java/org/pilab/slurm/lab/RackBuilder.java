package org.pilab.slurm.lab;

import java.util.ArrayList;
import java.util.List;

import org.pilab.hardware.Catalogue;
import org.pilab.hardware.PiModel;
import org.pilab.hardware.ThermalModel;
import org.pilab.node.HardwareProfiles;
import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.node.OsRelease;
import org.pilab.node.account.Account;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.imaging.CardWriter;
import org.pilab.node.imaging.SdCard;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.ssh.SshKeys;

/**
 * A rack of any boards (models, cooling, network per node) in the state of the node layer's
 * {@code networked} scenario: booted from imaged cards with user pi, DHCP addresses, key-based
 * ssh from the laptop and the names in the laptop's /etc/hosts and ~/.ssh/config. Or, for
 * {@code fresh}, powered off without cards and a blank card per board on the desk.
 */
final class RackBuilder {

    private RackBuilder() {
    }

    static org.pilab.node.scenario.Lab fresh(long seed, List<NodePlan> plans) {
        Network net = new Network(seed);
        Host laptop = laptop(net);
        List<Host> boards = new ArrayList<>();
        List<SdCard> cards = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            boards.add(board(net, i, plans.get(i)));
            cards.add(new SdCard(OsRelease.BOOKWORM));
        }
        return new org.pilab.node.scenario.Lab(net, laptop, Scenarios.LEARNER, boards, cards);
    }

    static org.pilab.node.scenario.Lab networked(long seed, List<NodePlan> plans) {
        return networked(seed, plans, 0);
    }

    /**
     * As {@link #networked(long, List)}, with {@code emptySlots} more Pi 4 boards after them: in
     * the rack and cabled but off and without a card, ready for {@code pilab-imager} (lesson 10
     * grows the cluster into them).
     */
    static org.pilab.node.scenario.Lab networked(long seed, List<NodePlan> plans, int emptySlots) {
        Network net = new Network(seed);
        Host laptop = laptop(net);
        Account learner = laptop.accounts().user(Scenarios.LEARNER).orElseThrow();
        SshKeys.KeyPair key = SshKeys.generate(laptop.random("learner-key"), Scenarios.LEARNER + "@laptop");
        String ssh = learner.home() + "/.ssh";
        laptop.fs().installDir(ssh, learner.uid(), learner.gid(), 0700);
        laptop.fs().install(ssh + "/id_ed25519", key.privateFile(), learner.uid(), learner.gid(), 0600);
        laptop.fs().install(ssh + "/id_ed25519.pub", key.publicLine() + "\n", learner.uid(), learner.gid(), 0644);
        String piHash = Sha512Crypt.hash(Scenarios.LAB_PASSWORD, "pilabpiuser");
        List<Host> boards = new ArrayList<>();
        long longestBoot = 0;
        for (int i = 0; i < plans.size(); i++) {
            NodePlan p = plans.get(i);
            Host b = board(net, i, p);
            CardWriter card = CardWriter.image(OsRelease.BOOKWORM).hostname(p.name()).user(Scenarios.PI_USER, piHash)
                    .ssh(true, true).authorizedKey(key.publicLine());
            if (!p.wired()) {
                card.wifi(net.wifiSsid(), net.wifiPassword(), "GB");
            }
            b.insertCard(card.write());
            b.powerOn();
            longestBoot = Math.max(longestBoot, b.hardware().bootMillis());
            boards.add(b);
        }
        net.advance(longestBoot);
        List<Host> all = new ArrayList<>(boards);
        for (int i = 0; i < emptySlots; i++) {
            int slot = plans.size() + i;
            all.add(board(net, slot, NodePlan.pi4(String.format("pi%02d", slot + 1))));
        }
        StringBuilder hosts = new StringBuilder(laptop.fs().read("/etc/hosts"));
        StringBuilder known = new StringBuilder();
        for (Host b : boards) {
            if (!b.addresses().isEmpty()) {
                hosts.append(b.addresses().get(0)).append('\t').append(b.hostname()).append('\n');
            }
            known.append(b.hostname()).append(' ').append(SshKeys.hostKey(b)).append('\n');
        }
        String config = "Host " + String.join(" ", boards.stream().map(Host::hostname).toList()) + "\n    User "
                + Scenarios.PI_USER + "\n";
        laptop.fs().install("/etc/hosts", hosts.toString(), 0, 0, 0644);
        laptop.fs().install(ssh + "/known_hosts", known.toString(), learner.uid(), learner.gid(), 0600);
        laptop.fs().install(ssh + "/config", config, learner.uid(), learner.gid(), 0600);
        return new org.pilab.node.scenario.Lab(net, laptop, Scenarios.LEARNER, all, List.of());
    }

    private static Host laptop(Network net) {
        return net.addLaptop("laptop", Scenarios.LEARNER, Sha512Crypt.hash(Scenarios.LAB_PASSWORD, "pilablaptop"));
    }

    private static Host board(Network net, int index, NodePlan p) {
        PiModel model = Catalogue.load().model(p.model());
        Host b = net.addBoard("board" + (index + 1), model);
        b.cable(p.wired());
        var sim = net.simulator();
        b.thermal(HardwareProfiles.probe(new ThermalModel(model, p.cooling(), sim.now()), sim));
        return b;
    }
}
