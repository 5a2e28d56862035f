package org.pilab.slurm.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.slurm.conf.NodeConfig;
import org.pilab.slurm.conf.SlurmConfParser;
import org.pilab.slurm.conf.SlurmConfig;

/**
 * The lab's starting states, all derived from the seed:
 * <ul>
 * <li>{@code fresh}: the laptop, four Pi 4 boards off without cards, four blank cards;</li>
 * <li>{@code networked}: the boards booted, on DHCP, ssh from the laptop works;</li>
 * <li>{@code slurm-ready}: lessons 01-04 done: static addresses 10.0.0.11-14, /etc/hosts,
 * keys, chrony from pi01, /clusterfs from pi01, one munge key, the slurm.conf of
 * {@link org.pilab.slurm.cmd.Scenarios#slurmReady()} everywhere, daemons running, every node
 * idle; four more slots of the rack (pi05-pi08) hold boards that are off, without a card.</li>
 * </ul>
 */
public final class Scenarios {

    public static final String FRESH = "fresh";
    public static final String NETWORKED = "networked";
    public static final String SLURM_READY = "slurm-ready";
    public static final List<String> NAMES = List.of(FRESH, NETWORKED, SLURM_READY);

    private Scenarios() {
    }

    /** One of {@link #NAMES}. */
    public static Lab build(String name, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case FRESH -> Lab.wrap(FRESH, seed, org.pilab.node.scenario.Scenarios.fresh(seed));
            case NETWORKED -> Lab.wrap(NETWORKED, seed, org.pilab.node.scenario.Scenarios.networked(seed));
            case SLURM_READY -> slurmReady(seed);
            default -> throw new IllegalArgumentException("unknown scenario \"" + name + "\": use one of "
                    + String.join(", ", NAMES) + " (or --scenario-file FILE)");
        };
    }

    /** Empty slots of the lessons' eight-slot rack next to the four working Pis (lesson 10 fills them). */
    static final int SPARE_SLOTS = 4;

    /** Four Pi 4 4 GB nodes pi01-pi04, idle in partition main; slots pi05-pi08 empty and off. */
    public static Lab slurmReady(long seed) {
        List<NodePlan> rack = List.of(NodePlan.pi4("pi01"), NodePlan.pi4("pi02"), NodePlan.pi4("pi03"), NodePlan.pi4("pi04"));
        return slurmReady(SLURM_READY, seed, rack, org.pilab.slurm.cmd.Scenarios.slurmReady(), SPARE_SLOTS);
    }

    /**
     * A rack of {@code plans} taken through lessons 02-04 with {@code slurmConf} as the cluster's
     * slurm.conf (the first node is the head: slurmctld, NFS and time server).
     */
    static Lab slurmReady(String name, long seed, List<NodePlan> plans, String slurmConf) {
        return slurmReady(name, seed, plans, slurmConf, 0);
    }

    private static Lab slurmReady(String name, long seed, List<NodePlan> plans, String slurmConf, int emptySlots) {
        Lab lab = Lab.wrap(name, seed, RackBuilder.networked(seed, plans, emptySlots), plans);
        List<String> nodes = plans.stream().map(NodePlan::name).toList();
        List<Boolean> wired = plans.stream().map(NodePlan::wired).toList();
        LabScript.run(lab, ClusterSetup.network(nodes, wired));
        writeHosts(lab, nodes);
        LabScript.run(lab, ClusterSetup.services(nodes));
        var learner = lab.laptop().accounts().user(lab.learner()).orElseThrow();
        String confPath = learner.home() + ClusterSetup.CONF_ON_LAPTOP.substring(1);
        lab.laptop().fs().install(confPath, slurmConf, learner.uid(), learner.gid(), 0644);
        LabScript.run(lab, ClusterSetup.slurm(nodes));
        return lab;
    }

    /** Lesson 02's /etc/hosts on the laptop and every node: the static addresses, old DHCP lines gone. */
    private static void writeHosts(Lab lab, List<String> nodes) {
        List<String> addresses = new ArrayList<>();
        for (String n : nodes) {
            Host h = lab.host(n).orElseThrow();
            addresses.add(h.addresses().isEmpty() ? "" : h.addresses().get(0));
        }
        String block = ClusterSetup.hostsBlock(nodes, addresses);
        List<Host> all = new ArrayList<>(lab.boards());
        all.add(lab.laptop());
        for (Host h : all) {
            if (!h.isUp()) {
                continue;
            }
            StringBuilder kept = new StringBuilder();
            for (String line : h.fs().readOr("/etc/hosts", "").split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (line.isBlank() || f.length < 2 || !nodes.contains(f[f.length - 1])) {
                    if (!line.isBlank()) {
                        kept.append(line).append('\n');
                    }
                }
            }
            h.fs().write("/etc/hosts", kept + block, FsCredentials.ROOT);
        }
    }

    /**
     * {@code --slurm-conf FILE}: a rack with the file's nodes (Pi 4 4 GB boards named as its
     * NodeName lines; the SlurmctldHost first) running that file, every node up and idle.
     *
     * @throws IllegalArgumentException with slurmctld's fatal lines when the file is refused
     */
    public static Lab fromSlurmConf(String slurmConf, long seed) {
        var parsed = SlurmConfParser.parse(slurmConf);
        if (parsed.hasErrors()) {
            throw new IllegalArgumentException(String.join("\n", parsed.slurmctldLog()));
        }
        SlurmConfig conf = parsed.config();
        List<String> names = new ArrayList<>();
        String head = conf.primaryController().map(h -> h.hostname()).orElse(null);
        if (head != null) {
            names.add(head);
        }
        for (NodeConfig n : conf.nodes()) {
            if (!names.contains(n.name())) {
                names.add(n.name());
            }
        }
        List<NodePlan> plans = names.stream().map(NodePlan::pi4).toList();
        return slurmReady("slurm-conf", seed, plans, slurmConf);
    }
}
