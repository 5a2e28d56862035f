package org.pilab.tui.editor;

/**
 * Which line is at the top of the text area, and how it follows the cursor: line by line when
 * the cursor walks off an edge (nano's default smooth scrolling), a page minus two lines for
 * PgUp/PgDn with the cursor staying on its screen row, centred after a jump.
 */
final class Viewport {

    private int top;

    int top() {
        return top;
    }

    void pageDown(TextBuffer buffer, int rows) {
        int screenRow = buffer.cursorLine() - top;
        if (!buffer.moveBy(pageStep(rows))) {
            buffer.lastLine();
            top = Math.max(0, buffer.cursorLine() - rows + 1);
            return;
        }
        top = Math.max(0, buffer.cursorLine() - screenRow);
    }

    void pageUp(TextBuffer buffer, int rows) {
        int screenRow = buffer.cursorLine() - top;
        if (!buffer.moveBy(-pageStep(rows))) {
            buffer.firstLine();
            top = 0;
            return;
        }
        top = Math.max(0, buffer.cursorLine() - screenRow);
    }

    /** nano pages by the window height minus two, so two lines of context stay in view. */
    private static int pageStep(int rows) {
        return rows < 3 ? 1 : rows - 2;
    }

    /** After a jump (search, go to line) an off-screen cursor line goes to the middle. */
    void centreIfHidden(int cursorLine, int rows) {
        if (cursorLine < top || cursorLine >= top + rows) {
            top = Math.max(0, cursorLine - rows / 2);
        }
    }

    /** Scrolls just enough to show the cursor line. */
    void follow(int cursorLine, int rows) {
        int height = Math.max(1, rows);
        if (cursorLine < top) {
            top = cursorLine;
        } else if (cursorLine >= top + height) {
            top = cursorLine - height + 1;
        }
    }
}
