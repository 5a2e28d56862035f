package org.pilab.node;

import org.pilab.node.munge.MungeDaemon;
import org.pilab.node.net.DhcpcdDaemon;
import org.pilab.node.nfs.NfsServerDaemon;
import org.pilab.node.service.ServiceBehaviours;
import org.pilab.node.ssh.SshDaemon;
import org.pilab.node.time.ChronyDaemon;

/** The daemon behaviours this layer provides; the SLURM layer adds slurmd and slurmctld. */
final class StandardDaemons {

    private StandardDaemons() {
    }

    static void registerAll(ServiceBehaviours behaviours) {
        behaviours.register("munge", new MungeDaemon());
        behaviours.register("chrony", new ChronyDaemon());
        behaviours.register("ssh", new SshDaemon());
        behaviours.register("nfs-server", new NfsServerDaemon());
        behaviours.register("dhcpcd", new DhcpcdDaemon());
    }
}
