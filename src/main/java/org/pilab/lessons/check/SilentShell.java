package org.pilab.lessons.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

/**
 * Runs check commands out of the learner's sight: each in a new session (so the learner's
 * history is untouched), with no settle time (so checking does not move the lab's clock), and
 * with the command-log entries it causes remembered so {@code command_run} checks ignore them.
 */
public final class SilentShell {

    /** One silent run's outcome; {@code reachable} is false when the host is missing or down. */
    public record Outcome(boolean reachable, String output, int status) {
    }

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
            return new Outcome(false, "", -1);
        }
        String who = user.orElse(lab.lessonUser(host.get()));
        if (host.get().accounts().user(who).isEmpty()) {
            return new Outcome(false, "", -1);
        }
        Network net = lab.network();
        int before = net.commandLog().size();
        net.settleMillis(0);
        try {
            ShellResult r = new Session(host.get(), who).run(line);
            return new Outcome(true, r.output(), r.status());
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
