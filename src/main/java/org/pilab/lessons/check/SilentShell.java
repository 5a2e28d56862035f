package org.pilab.lessons.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

/**
 * Runs check commands out of the learner's sight: each in a new session (so the learner's
 * history is untouched), with no settle time (so checking does not move the lab's clock), and
 * with the command-log entries it causes remembered so {@code command_run} checks ignore them.
 * A check judges standard output, as a lesson author reading a terminal means it: ssh's
 * "Permanently added ... to the list of known hosts" on standard error is not part of
 * {@code hostname}'s answer.
 */
public final class SilentShell {

    /**
     * One silent run's outcome; {@code reachable} is false when the host is missing or down.
     *
     * @param output   what the command wrote to standard output (what a check judges)
     * @param terminal everything the terminal showed, standard error included (for messages)
     */
    public record Outcome(boolean reachable, String output, int status, String terminal) {
    }

    /** Where a check's standard output is caught; removed again at once. */
    private static final String CATCH_FILE = "/tmp/.pilab-check-output";

    private final LessonLab lab;
    /** Half-open ranges [from, to) of command-log indexes written by silent runs. */
    private final List<long[]> silentRanges = new ArrayList<>();

    public SilentShell(LessonLab lab) {
        this.lab = lab;
    }

    public LessonLab lab() {
        return lab;
    }

    /** Runs {@code line} on {@code hostName} as {@code user} (default: the lesson user there). */
    public Outcome run(String hostName, Optional<String> user, String line) {
        Optional<Host> host = lab.host(hostName);
        if (host.isEmpty() || !host.get().isUp()) {
            return new Outcome(false, "", -1, "");
        }
        String who = user.orElse(lab.lessonUser(host.get()));
        if (host.get().accounts().user(who).isEmpty()) {
            return new Outcome(false, "", -1, "");
        }
        Network net = lab.network();
        int before = net.commandLog().size();
        net.settleMillis(0);
        Host h = host.get();
        Optional<String> caught = h.fs().isDirectory("/tmp") ? StdoutCatcher.redirect(line, CATCH_FILE) : Optional.empty();
        try {
            ShellResult r = new Session(h, who).run(caught.orElse(line));
            if (caught.isEmpty()) {
                return new Outcome(true, r.output(), r.status(), r.output());
            }
            String out = h.fs().readOr(CATCH_FILE, "");
            if (h.fs().exists(CATCH_FILE)) {
                h.fs().remove(CATCH_FILE, FsCredentials.ROOT, false);
            }
            return new Outcome(true, out, r.status(), r.output());
        } finally {
            net.settleMillis(Network.DEFAULT_SETTLE_MILLIS);
            silentRanges.add(new long[] {before, net.commandLog().size()});
        }
    }

    /** Whether the command-log entry at {@code index} came from a silent run. */
    public boolean isSilent(int index) {
        for (long[] r : silentRanges) {
            if (index >= r[0] && index < r[1]) {
                return true;
            }
        }
        return false;
    }
}
