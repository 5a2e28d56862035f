package org.pilab.slurm.daemon;

import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.munge.MungeCredential;
import org.pilab.node.munge.MungeService;

/**
 * One SLURM message's authentication: a credential encoded by munged on the sender and
 * decoded by munged on the receiver. Different keys give "Invalid credential", skewed clocks
 * "Expired credential" or "Rewound credential", a stopped munged a socket error.
 */
final class MungeAuth {

    /** The outcome, with which side failed. */
    record Verdict(MungeService.Status status, boolean senderSide) {
        boolean ok() {
            return status == MungeService.Status.SUCCESS;
        }
    }

    private MungeAuth() {
    }

    static Verdict check(Host sender, Host receiver) {
        Optional<MungeCredential> cred = MungeService.encode(sender, 0, 0, "");
        if (cred.isEmpty()) {
            return new Verdict(MungeService.Status.SOCKET, true);
        }
        return new Verdict(MungeService.decode(receiver, cred.get().encode()).status(), false);
    }

    /** The two lines every SLURM program logs when its local munged is not running. */
    static String[] encodeFailure() {
        return new String[] {"error: If munged is up, restart with --num-threads=10",
            "error: Munge encode failed: Failed to access \"/run/munge/munge.socket.2\": No such file or directory"};
    }
}
