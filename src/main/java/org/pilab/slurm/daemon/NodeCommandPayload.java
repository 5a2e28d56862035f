package org.pilab.slurm.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.shell.Interpreter;
import org.pilab.node.shell.Output;
import org.pilab.node.shell.Session;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.ExternalCommand;
import org.pilab.slurm.ctl.JobEnvironment;
import org.pilab.slurm.ctl.OutputLine;
import org.pilab.slurm.ctl.PayloadResult;

/**
 * Lets a batch script (or srun) run the node's own programs ({@code cat}, {@code ls},
 * {@code md5sum}, ...) on the node the job runs on, as the job's user, in its submit folder,
 * with the job's SLURM_* variables: so a job sees that node's files, and an unmounted
 * /clusterfs shows up as an empty folder.
 */
final class NodeCommandPayload implements ExternalCommand {

    private final SlurmRuntime runtime;

    private NodeCommandPayload(SlurmRuntime runtime) {
        this.runtime = runtime;
    }

    /** Registers every program of the lab's command registry, then the higher layers' commands. */
    static void registerAll(Controller c, SlurmRuntime runtime) {
        NodeCommandPayload payload = new NodeCommandPayload(runtime);
        for (String name : runtime.network().commands().entries().keySet()) {
            c.registerCommand(name, payload);
        }
        runtime.externals().forEach(c::registerCommand);
    }

    @Override
    public PayloadResult run(List<String> argv, JobEnvironment env) {
        Optional<Host> host = runtime.hostOfNode(env.batchHost()).filter(Host::isUp);
        if (host.isEmpty()) {
            return new PayloadResult(List.of(new OutputLine(0, true, argv.get(0) + ": node " + env.batchHost()
                    + " is not running\n")), 1, 0);
        }
        String user = env.get("USER");
        Host h = host.get();
        Session session = new Session(h, user != null && h.accounts().user(user).isPresent() ? user : "root");
        String dir = env.get("SLURM_SUBMIT_DIR");
        if (dir != null && h.fs().isDirectory(dir)) {
            session.cwd(dir);
        }
        env.variables().forEach(session::setVariable);
        Output out = new Output();
        Output err = new Output();
        int status = Interpreter.runArgv(session, argv, "", out, err);
        List<OutputLine> lines = new ArrayList<>();
        if (!out.text().isEmpty()) {
            lines.add(new OutputLine(0, false, out.text()));
        }
        if (!err.text().isEmpty()) {
            lines.add(new OutputLine(0, true, err.text()));
        }
        return new PayloadResult(lines, status, 0);
    }
}
