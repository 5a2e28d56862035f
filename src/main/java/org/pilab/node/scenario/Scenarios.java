package org.pilab.node.scenario;

import java.util.ArrayList;
import java.util.List;

import org.pilab.hardware.Catalogue;
import org.pilab.hardware.Cooling;
import org.pilab.hardware.ThermalModel;
import org.pilab.node.HardwareProfile;
import org.pilab.node.HardwareProfiles;
import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.node.OsRelease;
import org.pilab.node.account.Account;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.imaging.CardWriter;
import org.pilab.node.imaging.SdCard;
import org.pilab.node.ssh.SshKeys;

/**
 * Starting states for lessons, as plain builders. Everything is derived from the seed.
 */
public final class Scenarios {

    public static final String LEARNER = "learner";
    public static final String PI_USER = "pi";
    /** The lab's documented practice password (only its hash is stored). */
    public static final String LAB_PASSWORD = "raspberry";
    private static final int BOARDS = 4;
    private static final HardwareProfile PI4 = HardwareProfiles.byId("pi4-4gb");

    private Scenarios() {
    }

    /**
     * The laptop with user {@code learner} and nothing set up (no SSH key), four Pi 4 4 GB boards
     * powered off without cards, and four blank cards.
     */
    public static Lab fresh(long seed) {
        return fresh(new Network(seed));
    }

    /** {@link #fresh(long)} on a network the caller built (sharing its simulator and streams). */
    public static Lab fresh(Network net) {
        Host laptop = net.addLaptop("laptop", LEARNER, Sha512Crypt.hash(LAB_PASSWORD, "pilablaptop"));
        List<Host> boards = new ArrayList<>();
        List<SdCard> cards = new ArrayList<>();
        for (int i = 1; i <= BOARDS; i++) {
            Host b = net.addBoard("board" + i, PI4);
            b.cable(true);
            coolWithHeatsink(b);
            boards.add(b);
            cards.add(new SdCard(OsRelease.BOOKWORM));
        }
        return new Lab(net, laptop, LEARNER, boards, cards);
    }

    /** The board's SoC temperature follows the hardware layer's thermal model (small heatsink). */
    private static void coolWithHeatsink(Host board) {
        var sim = board.network().simulator();
        var model = Catalogue.load().model(board.hardware().id());
        board.thermal(HardwareProfiles.probe(new ThermalModel(model, Cooling.HEATSINK,
                sim.now()), sim));
    }

    /**
     * The laptop on 10.0.0.0/24 and pi01..pi04 (Pi 4 4 GB, Bookworm) booted with user {@code pi},
     * DHCP addresses, and key-based SSH from the laptop already working ({@code ssh pi01});
     * nothing else installed or configured.
     */
    public static Lab networked(long seed) {
        return networked(seed, OsRelease.BOOKWORM);
    }

    public static Lab networked(long seed, OsRelease release) {
        return networked(new Network(seed), release);
    }

    /** {@link #networked(long)} on a network the caller built (sharing its simulator and streams). */
    public static Lab networked(Network net, OsRelease release) {
        Host laptop = net.addLaptop("laptop", LEARNER, Sha512Crypt.hash(LAB_PASSWORD, "pilablaptop"));
        Account learner = laptop.accounts().user(LEARNER).orElseThrow();
        SshKeys.KeyPair key = SshKeys.generate(laptop.random("learner-key"), LEARNER + "@laptop");
        String ssh = learner.home() + "/.ssh";
        laptop.fs().installDir(ssh, learner.uid(), learner.gid(), 0700);
        laptop.fs().install(ssh + "/id_ed25519", key.privateFile(), learner.uid(), learner.gid(), 0600);
        laptop.fs().install(ssh + "/id_ed25519.pub", key.publicLine() + "\n", learner.uid(), learner.gid(), 0644);
        String piHash = Sha512Crypt.hash(LAB_PASSWORD, "pilabpiuser");
        List<Host> boards = new ArrayList<>();
        for (int i = 1; i <= BOARDS; i++) {
            String name = String.format("pi%02d", i);
            Host b = net.addBoard("board" + i, PI4);
            b.cable(true);
            coolWithHeatsink(b);
            b.insertCard(CardWriter.image(release).hostname(name).user(PI_USER, piHash).ssh(true, true)
                    .authorizedKey(key.publicLine()).write());
            b.powerOn();
            boards.add(b);
        }
        net.advance(PI4.bootMillis());
        StringBuilder hosts = new StringBuilder(laptop.fs().read("/etc/hosts"));
        StringBuilder known = new StringBuilder();
        StringBuilder config = new StringBuilder();
        for (Host b : boards) {
            hosts.append(b.addresses().get(0)).append('\t').append(b.hostname()).append('\n');
            known.append(b.hostname()).append(' ').append(SshKeys.hostKey(b)).append('\n');
        }
        config.append("Host ").append(String.join(" ", boards.stream().map(Host::hostname).toList()))
                .append("\n    User ").append(PI_USER).append('\n');
        laptop.fs().install("/etc/hosts", hosts.toString(), 0, 0, 0644);
        laptop.fs().install(ssh + "/known_hosts", known.toString(), learner.uid(), learner.gid(), 0600);
        laptop.fs().install(ssh + "/config", config.toString(), learner.uid(), learner.gid(), 0600);
        return new Lab(net, laptop, LEARNER, boards, List.of());
    }
}
