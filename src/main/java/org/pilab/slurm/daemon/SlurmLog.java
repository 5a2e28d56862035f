package org.pilab.slurm.daemon;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;

/**
 * The daemons' own log files, /var/log/slurm/slurmctld.log and slurmd.log, in slurm's format
 * {@code [2026-11-25T17:05:01.123] message}, stamped with the host's (possibly skewed) clock.
 */
public final class SlurmLog {

    public static final String SLURMCTLD = "/var/log/slurm/slurmctld.log";
    public static final String SLURMD = "/var/log/slurm/slurmd.log";
    private static final int SLURM_UID = 64030;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SlurmLog() {
    }

    /** Appends one line to {@code file} on {@code host}, creating the file (owner slurm) when needed. */
    public static void append(Host host, String file, String message) {
        String line = "[" + STAMP.format(Instant.ofEpochMilli(host.clockMillis())) + "] " + message + "\n";
        if (!host.fs().exists(file)) {
            int dirEnd = file.lastIndexOf('/');
            if (!host.fs().isDirectory(file.substring(0, dirEnd))) {
                return; // no log folder (package not installed): the daemon logs to nowhere
            }
            host.fs().install(file, "", SLURM_UID, SLURM_UID, 0640);
        }
        host.fs().append(file, line, FsCredentials.ROOT);
    }
}
