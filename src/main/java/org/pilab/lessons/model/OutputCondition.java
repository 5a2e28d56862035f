package org.pilab.lessons.model;

import java.util.regex.Pattern;

/** What a {@code command_output} check demands of the output. */
public sealed interface OutputCondition {

    /** Output contains the text. */
    record Contains(String text) implements OutputCondition {
    }

    /** Output does not contain the text. */
    record NotContains(String text) implements OutputCondition {
    }

    /** Some line of the output matches (find, multi-line: {@code ^} and {@code $} are line anchors). */
    record Regex(Pattern pattern) implements OutputCondition {
    }

    /** Output equals the text, ignoring leading and trailing white space. */
    record Equals(String text) implements OutputCondition {
    }

    /** Output equals the same command's output on another host. */
    record MatchesHost(String host) implements OutputCondition {
    }
}
