package org.pilab.shell.session;

import java.util.Optional;

/**
 * What an upper layer (the lesson tutor) adds to a {@link LabSession}: a word after each command
 * line the learner ran, and the start of the status line. The session knows nothing of lessons.
 */
public interface SessionHooks {

    /** No additions: the plain lab shell. */
    SessionHooks NONE = new SessionHooks() {
        @Override
        public Optional<String> afterLine(String line) {
            return Optional.empty();
        }

        @Override
        public String statusPrefix() {
            return "";
        }
    };

    /** Text to show after {@code line} ran (e.g. "Step 2 passed"), or nothing. */
    Optional<String> afterLine(String line);

    /** Put before the virtual time on the status line (e.g. the lesson step); empty for none. */
    String statusPrefix();
}
