package org.pilab.shell.interactive;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from the session: it knows the commands, paths, hosts, flags and lesson
 * commands of wherever the learner is; this only turns its words into JLine candidates.
 */
final class SessionCompleter implements Completer {

    /** Longer than any honest completion; shorter than a learner's patience with a frozen line. */
    static final long ANSWER_TIMEOUT_MILLIS = 2_000;

    private final SessionWorker worker;

    SessionCompleter(SessionWorker worker) {
        this.worker = worker;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String word : worker.complete(line.line(), line.cursor(), ANSWER_TIMEOUT_MILLIS)) {
            candidates.add(candidate(word));
        }
    }

    /**
     * A folder ({@code src/}) takes no space after it, so the next Tab can go deeper; and the
     * list shows only the last part of a path, as bash does.
     */
    static Candidate candidate(String word) {
        boolean folder = word.endsWith("/");
        return new Candidate(word, display(word), null, null, null, null, !folder);
    }

    private static String display(String word) {
        String trimmed = word.endsWith("/") ? word.substring(0, word.length() - 1) : word;
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? word : word.substring(slash + 1);
    }
}
