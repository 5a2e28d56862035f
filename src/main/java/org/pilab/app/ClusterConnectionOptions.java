package org.pilab.app;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.pilab.realcluster.exec.Head;
import org.pilab.realcluster.exec.SshTarget;
import org.pilab.realcluster.submit.SubmissionStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that say where the head node is and where submissions are recorded. */
final class ClusterConnectionOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--via", arity = "2", paramLabel = "ssh USER@HEAD",
            description = "Run the SLURM commands on the head node through ssh (default: on this machine,"
                    + " with this environment's SLURM_CONF).")
    List<String> via;

    @Option(names = "--state", paramLabel = "FILE",
            description = "The submissions file (default $PILAB_STATE_DIR, $XDG_STATE_HOME/pilab or"
                    + " ~/.local/state/pilab, file submissions.json).")
    Path state;

    /** The ssh target given with --via, if any. */
    Optional<SshTarget> target() {
        if (via == null) {
            return Optional.empty();
        }
        if (!via.get(0).equals("ssh")) {
            throw new UserInputException("--via takes 'ssh USER@HEAD', e.g. --via ssh pi@pi01");
        }
        try {
            return Optional.of(SshTarget.parse(via.get(1)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** --via if given, else what the submission recorded ("local" or a target). */
    Head head(Optional<String> recordedVia) {
        Optional<SshTarget> t = target();
        if (t.isEmpty() && recordedVia.isPresent() && !recordedVia.get().equals("local")) {
            t = Optional.of(SshTarget.parse(recordedVia.get()));
        }
        return access().head(t);
    }

    String viaLabel() {
        return target().map(SshTarget::toString).orElse("local");
    }

    SubmissionStore store() {
        return new SubmissionStore(state != null ? state : access().defaultStateFile());
    }

    ZonedDateTime now() {
        return access().now();
    }

    /** The root command's access (the virtual lab's when pilab runs inside it), else this machine's. */
    private ClusterAccess access() {
        Object root = mixee == null ? null : mixee.root().userObject();
        return root instanceof PilabCommand p ? p.clusterAccess() : new LocalClusterAccess();
    }
}
