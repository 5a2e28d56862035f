package org.pilab.app;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.pilab.realcluster.exec.Head;
import org.pilab.realcluster.exec.SshTarget;

/**
 * Where {@code pilab cluster submit|status|results} reach the head node, keep their submissions
 * and read the time: this machine's programs and ssh ({@link LocalClusterAccess}), or, for a
 * {@code pilab} typed in the virtual lab, the lab's hosts and the learner's virtual home
 * ({@link LabClusterAccess}). The commands themselves are the same in both.
 */
interface ClusterAccess {

    /** The head: {@code target} over ssh, or where pilab runs when empty. */
    Head head(Optional<SshTarget> target);

    /** The submissions file when no {@code --state} is given. */
    Path defaultStateFile();

    /** The time a submission is stamped with (its run folder's name). */
    ZonedDateTime now();
}
