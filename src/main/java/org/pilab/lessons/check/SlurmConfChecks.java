package org.pilab.lessons.check;

import java.util.List;
import java.util.Optional;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.model.Check;
import org.pilab.lessons.model.ConfRequirement;
import org.pilab.node.Host;
import org.pilab.slurm.conf.ControllerHost;
import org.pilab.slurm.conf.NodeConfig;
import org.pilab.slurm.conf.SlurmConfParser;
import org.pilab.slurm.conf.SlurmConfig;

/**
 * slurm_conf checks: the file is read by the same parser the lab's slurmctld uses, and the
 * requirement is tested on the effective values, so every spelling SLURM accepts passes
 * ({@code clustername=pilab}, a node line with Sockets and Cores instead of CPUs=).
 */
final class SlurmConfChecks {

    /** SLURM's RealMemory when a node line gives none. */
    private static final long UNSET_REAL_MEMORY = 1;

    private SlurmConfChecks() {
    }

    static CheckResult evaluate(Check.SlurmConf c, LessonLab lab) {
        Optional<Host> host = lab.host(c.host());
        if (host.isEmpty()) {
            return CheckResult.fail(c, c.host() + " is not up on the network");
        }
        String path = CheckEvaluator.resolve(c.path(), host.get(), lab);
        if (!host.get().fs().exists(path) || host.get().fs().isDirectory(path)) {
            return CheckResult.fail(c, "no file " + path + " on " + c.host());
        }
        // judged even when another line has an error: that line has its own check or a later step
        SlurmConfig conf = SlurmConfParser.parse(host.get().fs().read(path), path).config();
        Optional<String> problem = problem(c.requirement(), conf, lab);
        return problem.map(p -> CheckResult.fail(c, p)).orElseGet(() -> CheckResult.pass(c));
    }

    private static Optional<String> problem(ConfRequirement req, SlurmConfig conf, LessonLab lab) {
        if (req instanceof ConfRequirement.Setting s) {
            return conf.value(s.key()).isPresent() ? Optional.empty() : Optional.of(s.key() + " is not set");
        } else if (req instanceof ConfRequirement.Controller ctl) {
            Optional<String> primary = conf.primaryController().map(ControllerHost::hostname);
            if (primary.isEmpty()) {
                return Optional.of("no SlurmctldHost line");
            }
            return primary.get().equals(ctl.host()) ? Optional.empty()
                    : Optional.of("the controller is " + primary.get());
        } else if (req instanceof ConfRequirement.Nodes n) {
            return nodesProblem(n, conf.nodes(), lab);
        }
        return conf.defaultPartition().isPresent() ? Optional.empty() : Optional.of("no partition has Default=YES");
    }

    private static Optional<String> nodesProblem(ConfRequirement.Nodes n, List<NodeConfig> defined, LessonLab lab) {
        for (String name : n.nodes()) {
            Optional<NodeConfig> node = defined.stream().filter(d -> d.name().equals(name)).findFirst();
            if (node.isEmpty()) {
                return Optional.of(name + " is on no NodeName line");
            }
            NodeConfig nc = node.get();
            if (n.cpus().isPresent() && nc.cpus() != n.cpus().get()) {
                return Optional.of(name + " has " + nc.cpus() + " CPUs (CPUs=, or Sockets x Cores x Threads), not "
                        + n.cpus().get());
            }
            if (nc.realMemoryMb() <= UNSET_REAL_MEMORY) {
                return Optional.of(name + " has no RealMemory");
            }
            Optional<Host> board = lab.host(name);
            // what slurmd -C prints as RealMemory: more than that and slurmctld drains the node
            if (board.isPresent() && nc.realMemoryMb() > board.get().hardware().realMemoryMb()) {
                return Optional.of(name + " has RealMemory=" + nc.realMemoryMb() + ", more than the "
                        + board.get().hardware().realMemoryMb() + " MB slurmd -C reports");
            }
        }
        return Optional.empty();
    }
}
