package org.pilab.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.pilab.realcluster.exec.Head;
import org.pilab.realcluster.exec.LocalHead;
import org.pilab.realcluster.exec.ProcessRunner;
import org.pilab.realcluster.exec.SshHead;
import org.pilab.realcluster.exec.SshTarget;
import org.pilab.realcluster.submit.SubmissionStore;

/** The real cluster: SLURM's programs on this machine or over the real ssh, state under the user's home. */
final class LocalClusterAccess implements ClusterAccess {

    static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public Head head(Optional<SshTarget> target) {
        ProcessRunner runner = new ProcessRunner();
        return target.<Head>map(t -> new SshHead(runner, t, COMMAND_TIMEOUT))
                .orElseGet(() -> new LocalHead(runner, COMMAND_TIMEOUT));
    }

    @Override
    public Path defaultStateFile() {
        return SubmissionStore.defaultFile(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    @Override
    public ZonedDateTime now() {
        return ZonedDateTime.now(ZoneOffset.UTC);
    }
}
