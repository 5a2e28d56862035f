package org.pilab.tui.editor;

import com.googlecode.lanterna.TerminalSize;

/**
 * Where nano's parts sit on a screen of a given size: the title bar on the first row, the text
 * below it, then the status bar and the two shortcut lines at the bottom.
 *
 * @param columns screen width
 * @param rows screen height
 */
record EditorLayout(int columns, int rows) {

    static EditorLayout of(TerminalSize size) {
        return new EditorLayout(size.getColumns(), size.getRows());
    }

    int firstTextRow() {
        return 1;
    }

    /** At least one text row, even on a screen too small for the bars. */
    int textRows() {
        return Math.max(1, rows - 4);
    }

    int statusRow() {
        return rows - 3;
    }

    int shortcutRow() {
        return rows - 2;
    }
}
