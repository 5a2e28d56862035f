package org.pilab.slurm.daemon;

import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.munge.MungeService;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Node;

/**
 * slurmd's registration message and slurmctld's verdict on it, with the log lines both sides
 * write: an unreachable controller or a credential the controller's munged rejects leaves the
 * node not responding; a node smaller than its NodeName line is drained with slurmctld's reason
 * ("Low RealMemory", "Low socket*core*thread count, Low CPUs"); otherwise it answers again.
 */
final class NodeRegistration {

    private NodeRegistration() {
    }

    static void register(SlurmRuntime runtime, Host host) {
        Optional<SlurmdDaemon.State> state = SlurmdDaemon.state(host);
        if (state.isEmpty()) {
            return;
        }
        Optional<Controller> running = runtime.controller();
        Optional<Host> head = runtime.controllerHost();
        String wanted = SlurmConfFile.read(host).map(SlurmConfFile::controllerHostname).orElse(null);
        if (running.isEmpty() || head.isEmpty() || wanted == null || !runtime.controllerReachable(host, wanted)) {
            SlurmLog.append(host, SlurmLog.SLURMD,
                    "error: Unable to register: Unable to contact slurm controller (connect failure)");
            return;
        }
        Controller c = running.get();
        runtime.catchUp();
        Node node = c.node(state.get().nodeName());
        if (node == null) {
            SlurmLog.append(head.get(), SlurmLog.SLURMCTLD, "error: _slurm_rpc_node_registration node="
                    + state.get().nodeName() + ": Invalid node name specified");
            SlurmLog.append(host, SlurmLog.SLURMD, "error: Unable to register: Invalid node name specified");
            return;
        }
        MungeAuth.Verdict auth = MungeAuth.check(host, head.get());
        if (!auth.ok()) {
            rejectCredential(head.get(), host, auth.status());
            c.loseContact(node);
            runtime.changed();
            return;
        }
        c.regainContact(node);
        int hwCpus = host.hardware().cpus();
        long hwMem = host.hardware().realMemoryMb();
        String ctld = SlurmLog.SLURMCTLD;
        if (node.cpus() > hwCpus) {
            SlurmLog.append(head.get(), ctld, "error: Node " + node.name() + " has low socket*core*thread count ("
                    + hwCpus + " < " + node.cpus() + ")");
            SlurmLog.append(head.get(), ctld, "error: Node " + node.name() + " has low cpu count (" + hwCpus + " < "
                    + node.cpus() + ")");
            SlurmLog.append(head.get(), ctld, "error: _slurm_rpc_node_registration node=" + node.name()
                    + ": Invalid argument");
            c.drain(node, "Low socket*core*thread count, Low CPUs", "slurm");
        } else if (node.realMemory() > hwMem) {
            SlurmLog.append(head.get(), ctld, "error: Node " + node.name() + " has low real_memory size (" + hwMem
                    + " < " + node.realMemory() + ")");
            SlurmLog.append(head.get(), ctld, "error: _slurm_rpc_node_registration node=" + node.name()
                    + ": Invalid argument");
            c.drain(node, "Low RealMemory", "slurm");
        }
        runtime.changed();
    }

    /** What slurmctld logs when a registration's credential does not decode, and slurmd's side. */
    private static void rejectCredential(Host head, Host node, MungeService.Status status) {
        String ctld = SlurmLog.SLURMCTLD;
        if (status == MungeService.Status.SOCKET) {
            for (String line : MungeAuth.encodeFailure()) {
                SlurmLog.append(head, ctld, line);
            }
        } else {
            SlurmLog.append(head, ctld, "error: Munge decode failed: " + status.text());
            SlurmLog.append(head, ctld, "auth/munge: _print_cred: ENCODED: " + stamp(node));
            SlurmLog.append(head, ctld, "auth/munge: _print_cred: DECODED: " + stamp(head));
            SlurmLog.append(head, ctld, "error: slurm_unpack_received_msg: auth_g_verify: "
                    + "MESSAGE_NODE_REGISTRATION_STATUS has authentication error: " + status.text());
            SlurmLog.append(head, ctld, "error: slurm_unpack_received_msg: Protocol authentication error");
        }
        SlurmLog.append(node, SlurmLog.SLURMD, "error: Unable to register: Zero Bytes were transmitted or received");
    }

    private static String stamp(Host h) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", java.util.Locale.ROOT)
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochMilli(h.clockMillis()));
    }
}
