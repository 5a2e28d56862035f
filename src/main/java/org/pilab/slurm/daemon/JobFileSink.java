package org.pilab.slurm.daemon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.account.Account;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.FsException;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.ctl.OutputSink;

/**
 * Job output files, written where slurmstepd writes them: on the job's first node, as the job's
 * user. A path on an NFS mount lands on the server and is seen everywhere; a path in a node's
 * local home is only on that node. A missing folder loses the output, with slurmstepd's error in
 * that node's slurmd.log.
 */
final class JobFileSink implements OutputSink {

    /** Where one output file lives. */
    private record Target(Host host, int uid, int gid) {
    }

    private final SlurmRuntime runtime;
    private final Map<String, Target> targets = new HashMap<>();
    private Controller controller;

    JobFileSink(SlurmRuntime runtime) {
        this.runtime = runtime;
    }

    void attach(Controller c) {
        this.controller = c;
    }

    @Override
    public void write(String path, String text, boolean append) {
        Target t = append ? targets.get(path) : null;
        if (t == null) {
            t = locate(path).orElse(null);
            if (t == null) {
                return;
            }
            targets.put(path, t);
        }
        Host host = t.host();
        if (!host.isUp()) {
            return;
        }
        FsCredentials creds = new FsCredentials(t.uid(), t.gid(), java.util.Set.of(t.gid()));
        try {
            if (append && host.fs().exists(path)) {
                host.fs().append(path, text, creds);
            } else {
                host.fs().write(path, text, creds, 0644);
            }
        } catch (FsException e) {
            if (!append) {
                SlurmLog.append(host, SlurmLog.SLURMD, "error: Could not open stdout file " + path + ": "
                        + e.getMessage().replaceFirst("^.*: ", ""));
            }
        }
    }

    /** The job writing {@code path}: the newest job whose output or error file it is. */
    private Optional<Target> locate(String path) {
        if (controller == null) {
            return Optional.empty();
        }
        List<Job> jobs = controller.jobs();
        for (int i = jobs.size() - 1; i >= 0; i--) {
            Job j = jobs.get(i);
            List<String> nodes = controller.nodeNames(j);
            if (nodes.isEmpty() || !(path.equals(controller.outputPath(j, false)) || path.equals(controller.outputPath(j, true)))) {
                continue;
            }
            Optional<Host> host = runtime.hostOfNode(nodes.get(0));
            if (host.isEmpty()) {
                return Optional.empty();
            }
            Optional<Account> who = host.get().accounts().user(j.user());
            int uid = who.map(Account::uid).orElse(j.uid());
            int gid = who.map(Account::gid).orElse(j.uid());
            return Optional.of(new Target(host.get(), uid, gid));
        }
        return Optional.empty();
    }

}
