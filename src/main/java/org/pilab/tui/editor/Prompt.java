package org.pilab.tui.editor;

/**
 * A question on the status bar and the answer typed so far.
 *
 * @param kind what the answer is for
 * @param label the text before the answer, e.g. "File Name to Write"
 * @param answer the answer so far
 */
record Prompt(Kind kind, String label, String answer) {

    enum Kind { WRITE, WRITE_THEN_EXIT, SAVE_BEFORE_EXIT, SEARCH, GO_TO_LINE }

    Prompt withAnswer(String newAnswer) {
        return new Prompt(kind, label, newAnswer);
    }

    /** The status-bar line: nano puts ": " between label and answer, except for yes/no. */
    String line() {
        return kind == Kind.SAVE_BEFORE_EXIT ? label : label + ": " + answer;
    }
}
