package org.pilab.slurm.daemon;

import java.util.List;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.fs.FsException;
import org.pilab.slurm.conf.ParseResult;
import org.pilab.slurm.conf.SlurmConfParser;
import org.pilab.slurm.conf.SlurmConfig;
import org.pilab.slurm.ctl.ClusterSpec;
import org.pilab.slurm.ctl.ClusterSpecs;

/** A host's /etc/slurm/slurm.conf as the daemons and client commands read it. */
record SlurmConfFile(String text, ParseResult parsed) {

    static final String PATH = SlurmConfParser.DEFAULT_FILE;

    /** Empty when the file is missing or unreadable (the daemons run as root: only missing counts). */
    static Optional<SlurmConfFile> read(Host host) {
        if (!host.fs().exists(PATH)) {
            return Optional.empty();
        }
        try {
            String text = host.fs().read(PATH);
            return Optional.of(new SlurmConfFile(text, SlurmConfParser.parse(text)));
        } catch (FsException e) {
            return Optional.empty();
        }
    }

    boolean valid() {
        return !parsed.hasErrors();
    }

    SlurmConfig config() {
        return parsed.config();
    }

    ClusterSpec spec() {
        return ClusterSpecs.from(parsed.config());
    }

    /** The SlurmctldHost's hostname, or null when the file names none. */
    String controllerHostname() {
        return parsed.config().primaryController().map(h -> h.hostname()).orElse(null);
    }

    /** Lines the daemon would log while refusing the file, without the {@code daemon: } prefix. */
    List<String> refusal(String daemon) {
        return parsed.log(daemon).stream().map(l -> l.startsWith(daemon + ": ") ? l.substring(daemon.length() + 2) : l)
                .filter(l -> !l.isEmpty()).toList();
    }
}
