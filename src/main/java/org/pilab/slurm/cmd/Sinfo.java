package org.pilab.slurm.cmd;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.hostlist.HostList;
import org.pilab.slurm.ctl.Node;
import org.pilab.slurm.ctl.Partition;
import org.pilab.slurm.ctl.SlurmTimes;

/**
 * sinfo: default {@code "%#P %.5a %.10l %.6D %.6t %N"}, {@code -s}, {@code -N}, {@code -R},
 * {@code -l}, {@code -o}. Nodes of one partition that print identically share a row with a
 * compressed host list; rows are ordered by partition (configuration order) and then by node
 * state, highest state value first, as sinfo's default sort {@code "#P,-t"} does.
 */
public final class Sinfo {

    private static final String DEFAULT = "%#P %.5a %.10l %.6D %.6t %N";
    private static final String SUMMARY = "%#P %.5a %.10l %.16F %N";
    private static final String NODES = "%#N %.6D %#.9P %6t";
    private static final String NODES_LONG = "%#N %.6D %#.9P %.11T %4c %.8z %.6m %.8d %.6w %.8f %20E";
    private static final String LONG = "%#P %.5a %.10l %.10s %.4r %.8h %.10g %.6D %.11T %N";
    private static final String REASONS = "%20E %9u %19H %N";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ROOT);

    private static final List<Getopt.Opt> OPTS = List.of(
            Getopt.flag("all", 'a'), Getopt.flag("dead", 'd'), Getopt.flag("exact", 'e'),
            Getopt.flag("noheader", 'h'), Getopt.flag("long", 'l'), Getopt.arg("nodes", 'n'),
            Getopt.flag("Node", 'N'), Getopt.arg("format", 'o'), Getopt.arg("partition", 'p'),
            Getopt.flag("list-reasons", 'R'), Getopt.flag("responding", 'r'), Getopt.flag("summarize", 's'),
            Getopt.arg("states", 't'), Getopt.flag("help", '\0'), Getopt.flag("usage", '\0'),
            Getopt.flag("version", 'V'), Getopt.flag("verbose", 'v'));

    private Sinfo() {
    }

    /** One sinfo line before formatting: a partition (null for -R) and its nodes. */
    private record Row(Partition part, List<Node> nodes) {
    }

    public static CommandResult run(Controller c, Caller who, List<String> args) {
        Getopt.Parsed p;
        try {
            p = Getopt.parse("sinfo", args, OPTS, false);
        } catch (UsageException e) {
            return e.result();
        }
        if (p.has("help") || p.has("usage")) {
            return CommandResult.ok("Usage: sinfo [-abdelNRrsTv] [-i seconds] [-t states] [-p partition] [-n nodes]\n"
                    + "             [-S fields] [-o format] [-O Format] [--federation] [--local] [--sibling]\n");
        }
        if (p.has("version")) {
            return CommandResult.ok("slurm 22.05.8\n");
        }
        boolean byNode = p.has("Node");
        boolean reasons = p.has("list-reasons");
        boolean longOut = p.has("long");
        String fmt;
        if (p.value("format") != null) {
            fmt = p.value("format");
        } else if (p.has("summarize")) {
            fmt = SUMMARY;
        } else if (byNode) {
            fmt = longOut ? NODES_LONG : NODES;
        } else if (reasons) {
            fmt = longOut ? "%20E %12U %19H %6t %N" : REASONS;
        } else {
            fmt = longOut ? LONG : DEFAULT;
        }
        FormatSpec spec = FormatSpec.parse(fmt);
        Set<String> partFilter = p.value("partition") == null ? null
                : new HashSet<>(Arrays.asList(p.value("partition").split(",")));
        Set<String> nodeFilter = p.value("nodes") == null ? null : new HashSet<>(HostList.expand(p.value("nodes")));
        Set<String> stateFilter = p.value("states") == null ? null
                : new HashSet<>(Arrays.asList(p.value("states").toLowerCase(Locale.ROOT).split(",")));
        if (reasons && stateFilter == null) {
            stateFilter = Set.of("down", "drain", "fail", "drng", "drained", "draining");
        }
        List<Row> rows = new ArrayList<>();
        if (reasons) {
            rows.addAll(group(c, null, filtered(c, c.nodes(), nodeFilter, stateFilter), spec, true));
        } else {
            for (Partition part : c.partitions()) {
                if (partFilter != null && !partFilter.contains(part.name())) {
                    continue;
                }
                List<Node> members = new ArrayList<>();
                for (String n : part.nodeNames()) {
                    members.add(c.node(n));
                }
                members = filtered(c, members, nodeFilter, stateFilter);
                if (members.isEmpty() && (nodeFilter != null || stateFilter != null)) {
                    continue;
                }
                if (byNode) {
                    for (Node n : members) {
                        rows.add(new Row(part, List.of(n)));
                    }
                } else if (p.has("summarize")) {
                    rows.add(new Row(part, members));
                } else {
                    rows.addAll(group(c, part, members, spec, false));
                }
            }
            if (byNode) {
                // sinfo -N sorts by node name; each node appears once per partition.
                rows.sort(Comparator.comparing((Row r) -> r.nodes().get(0).name()));
            }
        }
        int partWidth = 9;
        int nodeWidth = 9;
        for (Row r : rows) {
            if (r.part() != null) {
                partWidth = Math.max(partWidth, r.part().name().length() + (r.part().isDefault() ? 1 : 0));
            }
            nodeWidth = Math.max(nodeWidth, HostList.compress(names(r.nodes())).length());
        }
        StringBuilder out = new StringBuilder();
        if (longOut && !p.has("noheader")) {
            out.append(Instant.ofEpochSecond(c.now()).atZone(ZoneOffset.UTC).format(DATE)).append('\n');
        }
        if (!p.has("noheader")) {
            out.append(spec.prefix());
            for (FormatSpec.Item it : spec.items()) {
                out.append(Columns.field(header(it.letter()), width(it, partWidth, nodeWidth), it.right()))
                        .append(it.suffix());
            }
            out.append('\n');
        }
        for (Row r : rows) {
            out.append(spec.prefix());
            for (FormatSpec.Item it : spec.items()) {
                int w = width(it, partWidth, nodeWidth);
                out.append(Columns.field(value(c, r, it.letter(), w), w, it.right())).append(it.suffix());
            }
            out.append('\n');
        }
        return CommandResult.ok(out.toString());
    }

    private static int width(FormatSpec.Item it, int partWidth, int nodeWidth) {
        if (it.sizeFromData() && (it.letter() == 'P' || it.letter() == 'R')) {
            return partWidth;
        }
        if (it.sizeFromData() && it.letter() == 'N') {
            return nodeWidth;
        }
        return it.width();
    }

    private static List<Node> filtered(Controller c, List<Node> nodes, Set<String> names, Set<String> states) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (names != null && !names.contains(n.name())) {
                continue;
            }
            if (states != null) {
                String compact = compactState(c, n).replace("*", "");
                String lng = longState(c, n).replace("*", "");
                boolean match = states.contains(compact) || states.contains(lng)
                        || (states.contains("drain") && n.isDrain()) || (states.contains("down") && n.isDown())
                        || (states.contains("alloc") && compact.equals("alloc"))
                        || (states.contains("allocated") && compact.equals("alloc"))
                        || (states.contains("mixed") && compact.equals("mix"))
                        || (states.contains("responding") && !n.isNotResponding())
                        || (states.contains("no_respond") && n.isNotResponding());
                if (!match) {
                    continue;
                }
            }
            out.add(n);
        }
        return out;
    }

    /** Nodes that print the same in every non-list column share a row, in first-seen order, then by state. */
    private static List<Row> group(Controller c, Partition part, List<Node> nodes, FormatSpec spec, boolean reasons) {
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (Node n : nodes) {
            StringBuilder key = new StringBuilder();
            for (FormatSpec.Item it : spec.items()) {
                char l = it.letter();
                if (l == 'N' || l == 'n' || l == 'D' || l == 'F' || l == 'A' || l == 'C') {
                    continue;
                }
                key.append(value(c, new Row(part, List.of(n)), l, 0)).append('\u0001');
            }
            if (!reasons) {
                key.append(compactState(c, n));
            }
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(n);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Node> g : groups.values()) {
            rows.add(new Row(part, g));
        }
        if (!reasons) {
            rows.sort(Comparator.comparingInt((Row r) -> stateValue(c, r.nodes().get(0))).reversed());
        }
        return rows;
    }

    /** The node's compact state, {@code plnd} for an idle node backfill holds for a pending job. */
    static String compactState(Controller c, Node n) {
        return c.isPlanned(n) ? "plnd" : n.compactState();
    }

    static String longState(Controller c, Node n) {
        return c.isPlanned(n) ? "planned" : n.longState();
    }

    /** slurmctld's node_state number: base state plus DRAIN (0x200), NO_RESPOND (0x800) and PLANNED flags. */
    private static int stateValue(Controller c, Node n) {
        int base;
        if (n.isDown()) {
            base = 1;
        } else if (n.allocCpus() == 0) {
            base = 2;
        } else if (n.allocCpus() >= n.cpus()) {
            base = 3;
        } else {
            base = 5;
        }
        return base | (n.isDrain() ? 0x200 : 0) | (n.isNotResponding() ? 0x800 : 0)
                | (c.isPlanned(n) ? 0x200000 : 0);
    }

    private static List<String> names(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(n.name());
        }
        return out;
    }

    private static String header(char l) {
        return switch (l) {
            case 'P', 'R' -> "PARTITION";
            case 'a' -> "AVAIL";
            case 'l' -> "TIMELIMIT";
            case 'D' -> "NODES";
            case 't', 'T' -> "STATE";
            case 'N' -> "NODELIST";
            case 'n' -> "HOSTNAMES";
            case 'F' -> "NODES(A/I/O/T)";
            case 'A' -> "NODES(A/I)";
            case 'C' -> "CPUS(A/I/O/T)";
            case 'c' -> "CPUS";
            case 'm' -> "MEMORY";
            case 'e' -> "FREE_MEM";
            case 'O' -> "CPU_LOAD";
            case 'E' -> "REASON";
            case 'u' -> "USER";
            case 'U' -> "USER";
            case 'H' -> "TIMESTAMP";
            case 'z' -> "S:C:T";
            case 's' -> "JOB_SIZE";
            case 'r' -> "ROOT";
            case 'h' -> "OVERSUBS";
            case 'g' -> "GROUPS";
            case 'd' -> "TMP_DISK";
            case 'w' -> "WEIGHT";
            case 'f' -> "AVAIL_FEATURES";
            default -> "";
        };
    }

    private static String value(Controller c, Row r, char l, int width) {
        Partition part = r.part();
        Node first = r.nodes().isEmpty() ? null : r.nodes().get(0);
        return switch (l) {
            case 'P' -> {
                if (part == null) {
                    yield "n/a";
                }
                String name = part.name();
                if (part.isDefault()) {
                    // sinfo keeps the '*' visible even when the name fills the column.
                    name = (width == 0 || name.length() < width) ? name + "*" : name.substring(0, width - 1) + "*";
                }
                yield name;
            }
            case 'R' -> part == null ? "n/a" : part.name();
            case 'a' -> part == null ? "n/a" : switch (part.state()) {
                case "UP" -> "up";
                case "DOWN" -> "down";
                case "DRAIN" -> "drain";
                default -> "inact";
            };
            case 'l' -> part == null ? "n/a" : part.spec().maxTimeMin() == SlurmTimes.INFINITE ? "infinite"
                    : SlurmTimes.compact(part.spec().maxTimeMin() * 60);
            case 'D' -> Integer.toString(r.nodes().size());
            case 't' -> first == null ? "n/a" : compactState(c, first);
            case 'T' -> first == null ? "n/a" : longState(c, first);
            case 'N' -> HostList.compress(names(r.nodes()));
            case 'n' -> HostList.compress(names(r.nodes()));
            case 'F' -> aiot(r.nodes());
            case 'A' -> {
                String[] a = aiot(r.nodes()).split("/");
                yield a[0] + "/" + a[1];
            }
            case 'C' -> cpus(r.nodes());
            case 'c' -> first == null ? "0" : Integer.toString(first.cpus());
            case 'm' -> first == null ? "0" : Long.toString(first.realMemory());
            case 'e' -> first == null ? "0" : Long.toString(Math.max(0, first.realMemory() - first.allocMem()));
            case 'O' -> first == null ? "0.00" : String.format("%.2f", (double) first.allocCpus());
            case 'E' -> first == null || first.reason() == null ? "none" : first.reason();
            case 'u', 'U' -> first == null || first.reasonUser() == null ? "Unknown" : first.reasonUser();
            case 'H' -> first == null || first.reasonTime() == 0 ? "Unknown" : SlurmTimes.date(first.reasonTime());
            case 'z' -> first == null ? "" : first.spec().sockets() + ":" + first.spec().coresPerSocket() + ":"
                    + first.spec().threadsPerCore();
            case 's' -> part == null ? "" : "1-" + (part.spec().maxNodes() < 0 ? "infinite"
                    : Integer.toString(part.spec().maxNodes()));
            case 'r' -> "no";
            case 'h' -> part == null ? "" : part.spec().overSubscribe();
            case 'g' -> "all";
            case 'd' -> "0";
            case 'w' -> "1";
            case 'f' -> "(null)";
            default -> "";
        };
    }

    private static String aiot(List<Node> nodes) {
        int a = 0;
        int i = 0;
        int o = 0;
        for (Node n : nodes) {
            switch (n.aiotBucket()) {
                case 'A' -> a++;
                case 'I' -> i++;
                default -> o++;
            }
        }
        return a + "/" + i + "/" + o + "/" + nodes.size();
    }

    private static String cpus(List<Node> nodes) {
        int a = 0;
        int i = 0;
        int o = 0;
        int t = 0;
        for (Node n : nodes) {
            t += n.cpus();
            if (n.isDown() || n.isDrain() && n.allocCpus() == 0 || n.isNotResponding()) {
                o += n.cpus();
            } else {
                a += n.allocCpus();
                i += n.cpus() - n.allocCpus();
            }
        }
        return a + "/" + i + "/" + o + "/" + t;
    }
}
