package org.pilab.slurm.daemon;

import java.util.ArrayList;
import java.util.List;

import org.pilab.node.Host;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;

/**
 * What a slurm daemon writes while its unit starts. slurmd and slurmctld are Type=simple units:
 * systemd logs "Started ..." as soon as it has forked the process, so in the journal the
 * daemon's own lines (its version, or the error and fatal lines it stops with) come after that
 * line, and for a daemon that exits the "Main process exited" lines come after those. The
 * daemon's log file under /var/log/slurm gets each line at once.
 */
final class StartLog {

    /** How long after the fork the daemon's first journal line appears. */
    static final long JOURNAL_DELAY_MILLIS = 5;
    /** How long a daemon that refuses to run lives (it reads slurm.conf and exits). */
    static final long EXIT_AFTER_MILLIS = 50;

    private final ServiceContext ctx;
    private final String logFile;
    private final List<String> journal = new ArrayList<>();

    StartLog(ServiceContext ctx, String logFile) {
        this.ctx = ctx;
        this.logFile = logFile;
    }

    /** One line from the daemon, e.g. {@code fatal: Unable to process configuration file}. */
    void line(String message) {
        SlurmLog.append(ctx.host(), logFile, message);
        journal.add(message);
    }

    /** The daemon stays up; its lines reach the journal just after systemd's "Started". */
    StartDecision running() {
        handOver();
        return StartDecision.running();
    }

    /** The daemon exits with {@code status} once its lines are in the journal. */
    StartDecision exits(int status) {
        handOver();
        return StartDecision.exitsAfter(status, EXIT_AFTER_MILLIS);
    }

    /** Logs {@code message} and exits with status 1, as slurm's fatal() does. */
    StartDecision fatal(String message) {
        line(message);
        return exits(1);
    }

    private void handOver() {
        if (journal.isEmpty()) {
            return;
        }
        List<String> lines = List.copyOf(journal);
        journal.clear();
        Host host = ctx.host();
        host.network().simulator().scheduleIn(JOURNAL_DELAY_MILLIS, () -> {
            if (host.isUp()) {
                lines.forEach(ctx::log);
            }
        });
    }
}
