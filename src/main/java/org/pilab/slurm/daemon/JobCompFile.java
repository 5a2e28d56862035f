package org.pilab.slurm.daemon;

import java.util.Optional;
import java.util.Set;

import org.pilab.node.Host;
import org.pilab.node.account.Account;
import org.pilab.node.fs.Errno;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.VirtualFileSystem;
import org.pilab.slurm.ctl.Controller;

/**
 * The JobCompLoc file of jobcomp/filetxt on the controller's host: slurmctld (running as
 * SlurmUser, which owns the file) appends the lines, creating the file 0644; on every start
 * and reconfigure it sets the mode back to 0644, so only SlurmUser and root can write it, and
 * {@code sacct -c}, which opens the file for appending, works for them alone (testbed:
 * {@code sacct: fatal: open ...: Permission denied} for any other user).
 */
final class JobCompFile {

    private JobCompFile() {
    }

    /** Appends one line as slurmctld; a missing folder or a read-only file loses it. */
    static void append(Host head, String slurmUser, String path, String line) {
        if (!head.isUp()) {
            return;
        }
        FsCredentials creds = writer(head, slurmUser);
        try {
            if (head.fs().exists(path)) {
                head.fs().append(path, line, creds);
            } else {
                head.fs().write(path, line, creds, 0644);
            }
        } catch (FsException e) {
            SlurmLog.append(head, SlurmLog.SLURMCTLD, "error: jobcomp/filetxt: open " + path + ": " + e.reason());
        }
    }

    /** slurmctld's reset of the file's mode at start and reconfigure. */
    static void resetMode(Host head, String path) {
        if (!path.isEmpty() && head.fs().exists(path)) {
            try {
                head.fs().chmod(path, 0644, FsCredentials.ROOT);
            } catch (FsException e) {
                // a path through a missing or foreign mount: nothing to reset
            }
        }
    }

    /** What {@code sacct -c} gets opening the file for appending: null when it may, else why not. */
    static String openForAppend(VirtualFileSystem fs, String path, FsCredentials creds) {
        try {
            if (!fs.exists(path)) {
                fs.write(path, "", creds, 0644); // fopen(..., "a") creates it
                return null;
            }
            return fs.access(path, creds, 2) ? null : Errno.EACCES.message();
        } catch (FsException e) {
            return e.reason();
        }
    }

    /** SlurmUser of the controller's slurm.conf (root when unset). */
    static String slurmUser(Controller c) {
        return c.spec().rawSettings().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("SlurmUser"))
                .map(e -> e.getValue().trim()).findFirst().orElse("root");
    }

    private static FsCredentials writer(Host head, String slurmUser) {
        Optional<Account> a = head.accounts().user(slurmUser);
        return a.map(acc -> new FsCredentials(acc.uid(), acc.gid(), Set.of(acc.gid())))
                .orElse(FsCredentials.ROOT);
    }
}
