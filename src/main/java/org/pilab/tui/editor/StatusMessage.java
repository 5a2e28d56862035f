package org.pilab.tui.editor;

/**
 * A message on the status bar, shown as nano does: centred, in brackets.
 *
 * @param text the words without brackets
 * @param alert true for errors, which nano shows in its alert colour
 */
record StatusMessage(String text, boolean alert) {

    static StatusMessage info(String text) {
        return new StatusMessage(text, false);
    }

    static StatusMessage alert(String text) {
        return new StatusMessage(text, true);
    }
}
