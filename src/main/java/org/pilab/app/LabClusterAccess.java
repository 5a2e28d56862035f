package org.pilab.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.pilab.node.shell.Invocation;
import org.pilab.realcluster.exec.Head;
import org.pilab.realcluster.exec.SshTarget;

/**
 * The cluster commands inside the virtual lab: the head is a lab host ({@link LabHead}), the
 * submissions file is the learner's virtual one (mirrored to {@code stateFile} for the run by
 * {@link LabPilab}) and the time is the lab's clock, so a replayed lesson names its run
 * folders the same way every time.
 */
final class LabClusterAccess implements ClusterAccess {

    private final Invocation from;
    private final Path scratch;
    private final Path stateFile;

    LabClusterAccess(Invocation from, Path scratch, Path stateFile) {
        this.from = from;
        this.scratch = scratch;
        this.stateFile = stateFile;
    }

    @Override
    public Head head(Optional<SshTarget> target) {
        return new LabHead(from, target, scratch);
    }

    @Override
    public Path defaultStateFile() {
        return stateFile;
    }

    @Override
    public ZonedDateTime now() {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli(from.host().clockMillis()), ZoneOffset.UTC);
    }
}
