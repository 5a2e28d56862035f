package org.pilab.slurm.lab;

import java.util.List;
import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.slurm.conf.NodeConfig;
import org.pilab.slurm.conf.SlurmConfParser;
import org.pilab.slurm.conf.SlurmConfig;

/**
 * A named fault of the troubleshooting lesson, on one node. Each is made with the commands an
 * admin would type by mistake (a new munge key, chrony off and the clock set by hand, slurmd
 * disabled, /clusterfs unmounted) or, for slurm.conf, by rewriting that node's NodeName line on
 * every node and restarting the daemons.
 *
 * @param id   {@code munge-key}, {@code clock-skew}, {@code cpu-count}, {@code real-memory},
 *             {@code slurmd-down} or {@code nfs-mount}
 * @param node the node it breaks
 */
public record Fault(String id, String node) {

    /** The fault names, in lesson 11's order. */
    public static final List<String> IDS = List.of("munge-key", "clock-skew", "cpu-count", "real-memory", "slurmd-down",
            "nfs-mount");

    /** The faults with the nodes lesson 11 puts them on. */
    public static final List<Fault> LESSON_11 = List.of(new Fault("munge-key", "pi02"), new Fault("clock-skew", "pi03"),
            new Fault("cpu-count", "pi04"), new Fault("real-memory", "pi03"), new Fault("slurmd-down", "pi01"),
            new Fault("nfs-mount", "pi02"));


    public Fault {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("unknown fault \"" + id + "\": use one of " + String.join(", ", IDS));
        }
    }

    /** {@code "munge-key"} (on lesson 11's node) or {@code "munge-key@pi03"}. */
    public static Fault parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int at = t.indexOf('@');
        String id = at < 0 ? t : t.substring(0, at);
        if (at >= 0) {
            return new Fault(id, t.substring(at + 1));
        }
        return LESSON_11.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault \"" + id + "\": use one of "
                        + String.join(", ", IDS)));
    }

    void inject(Lab lab) {
        Host target = lab.host(node).orElseThrow(() -> new IllegalArgumentException("fault " + id + ": no host " + node));
        String ssh = "ssh " + node + " ";
        List<String> lines = switch (id) {
            case "munge-key" -> List.of(ssh + "sudo mungekey --create --force",
                    ssh + "sudo chown munge:munge /etc/munge/munge.key", ssh + "sudo chmod 0400 /etc/munge/munge.key",
                    ssh + "sudo systemctl restart munge", ssh + "sudo systemctl restart slurmd");
            case "clock-skew" -> skewClock(lab, target, ssh);
            case "slurmd-down" -> List.of(ssh + "sudo systemctl disable --now slurmd");
            case "nfs-mount" -> List.of(ssh + "sudo umount /clusterfs");
            case "cpu-count", "real-memory" -> rewriteNodeLine(lab, target);
            default -> throw new IllegalStateException(id);
        };
        LabScript.run(lab, lines);
        lab.advance(15_000);
    }

    /**
     * chrony off, then the clock set ten minutes ahead by hand (lesson 11 types
     * {@code sudo date -s '+10 minutes'}; the offset is set on the host directly so the fault does
     * not depend on date's parser), then slurmd restarted with the wrong time.
     */
    private static List<String> skewClock(Lab lab, Host target, String ssh) {
        LabScript.run(lab, List.of(ssh + "sudo systemctl disable --now chrony"));
        target.clockOffsetMillis(target.clockOffsetMillis() + 600_000);
        target.clockUnsynchronized();
        return List.of(ssh + "sudo systemctl restart munge", ssh + "sudo systemctl restart slurmd");
    }

    /** Gives the node too many CPUs or too much memory in slurm.conf everywhere; restarts the daemons. */
    private List<String> rewriteNodeLine(Lab lab, Host target) {
        Host head = lab.slurm().controllerHost()
                .orElseThrow(() -> new IllegalStateException("fault " + id + " needs a running slurmctld"));
        String text = head.fs().read(SlurmConfParser.DEFAULT_FILE);
        SlurmConfig conf = SlurmConfParser.parseOrThrow(text);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("NodeName=")) {
                continue;
            }
            if (line.startsWith("PartitionName=") && out.indexOf("#nodes\n") < 0) {
                out.append("#nodes\n");
            }
            out.append(line).append('\n');
        }
        StringBuilder nodes = new StringBuilder();
        for (NodeConfig n : conf.nodes()) {
            int cpus = n.cpus();
            long mem = n.realMemoryMb();
            if (n.name().equals(node) && id.equals("cpu-count")) {
                cpus = cpus * 2;
            } else if (n.name().equals(node)) {
                mem = (mem / 1000 + 1) * 1000; // the round figure a learner guesses from "4 GB"
            }
            nodes.append("NodeName=").append(n.name()).append(" CPUs=").append(cpus)
                    .append(" Boards=1 SocketsPerBoard=1 CoresPerSocket=").append(cpus)
                    .append(" ThreadsPerCore=1 RealMemory=").append(mem).append(" State=UNKNOWN\n");
        }
        String rewritten = out.toString().replace("#nodes\n", nodes.toString()).replaceAll("\n+$", "\n");
        for (Host h : lab.boards()) {
            if (h.isUp() && h.fs().exists(SlurmConfParser.DEFAULT_FILE)) {
                h.fs().write(SlurmConfParser.DEFAULT_FILE, rewritten, FsCredentials.ROOT);
            }
        }
        return List.of("ssh " + head.hostname() + " sudo systemctl restart slurmctld",
                "ssh " + target.hostname() + " sudo systemctl restart slurmd");
    }
}
