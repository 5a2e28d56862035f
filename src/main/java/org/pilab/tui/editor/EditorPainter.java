package org.pilab.tui.editor;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/** Draws one frame of the editor; the same session always gives the same frame. */
final class EditorPainter {

    private EditorPainter() {
    }

    /**
     * Draws the session onto a cleared screen.
     *
     * @return where the terminal cursor goes (the text cursor, or the end of a prompt's answer)
     */
    static TerminalPosition paint(TextGraphics g, EditorLayout layout, EditorSession session) {
        if (session.inHelp()) {
            return paintHelp(g, layout);
        }
        TextBuffer buffer = session.buffer();
        reverse(g, 0, TitleBar.line(layout.columns(), session.documentName(), buffer.modified()));
        TerminalPosition cursor = paintText(g, layout, session);
        Prompt prompt = session.prompt();
        if (prompt != null) {
            String line = prompt.line();
            reverse(g, layout.statusRow(), pad(line, layout.columns()));
            if (prompt.kind() == Prompt.Kind.SAVE_BEFORE_EXIT) {
                ShortcutBars.drawYesNo(g, layout.shortcutRow(), layout.columns());
            } else {
                ShortcutBars.draw(g, layout.shortcutRow(), layout.columns(), ShortcutBars.PROMPT);
            }
            return new TerminalPosition(Math.min(line.length(), layout.columns() - 1), layout.statusRow());
        }
        if (session.message() != null) {
            paintMessage(g, layout, session.message());
        }
        ShortcutBars.draw(g, layout.shortcutRow(), layout.columns(), ShortcutBars.MAIN);
        return cursor;
    }

    private static TerminalPosition paintText(TextGraphics g, EditorLayout layout, EditorSession session) {
        TextBuffer buffer = session.buffer();
        int columns = layout.columns();
        TerminalPosition cursor = null;
        for (int row = 0; row < layout.textRows(); row++) {
            int lineNo = session.topLine() + row;
            if (lineNo >= buffer.lineCount()) {
                break;
            }
            boolean cursorLine = lineNo == buffer.cursorLine();
            String shown = expandTabs(buffer.line(lineNo));
            // Only the cursor's line scrolls sideways; the others show their start.
            int from = cursorLine ? pageStart(buffer.cursorColumn(), columns) : 0;
            int screenRow = layout.firstTextRow() + row;
            g.putString(0, screenRow, shown.substring(Math.min(from, shown.length()),
                    Math.min(shown.length(), from + columns)));
            g.enableModifiers(SGR.REVERSE);
            if (from > 0) {
                g.putString(0, screenRow, "<");
            }
            if (shown.length() > from + columns) {
                g.putString(columns - 1, screenRow, ">");
            }
            g.disableModifiers(SGR.REVERSE);
            if (cursorLine) {
                cursor = new TerminalPosition(buffer.cursorColumn() - from, screenRow);
            }
        }
        return cursor;
    }

    /**
     * The first display column shown on the cursor's line: nano keeps the start at 0 until the
     * cursor nears the right edge, then jumps in steps of (width - 8) with 6 columns of overlap.
     */
    static int pageStart(int column, int columns) {
        if (column == 0 || column + 2 < columns) {
            return 0;
        }
        if (columns > 8) {
            return column - 6 - (column - 6) % (columns - 8);
        }
        return column - (columns - 2);
    }

    static String expandTabs(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % TextBuffer.TAB_SIZE != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void paintMessage(TextGraphics g, EditorLayout layout, StatusMessage message) {
        int columns = layout.columns();
        String text = message.text().length() > columns ? message.text().substring(0, columns) : message.text();
        int start = (columns - text.length()) / 2;
        String shown = start > 1 ? "[ " + text + " ]" : text;
        int at = start > 1 ? start - 2 : start;
        if (message.alert()) {
            g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
            g.setBackgroundColor(TextColor.ANSI.RED);
            g.enableModifiers(SGR.BOLD);
            g.putString(at, layout.statusRow(), shown);
            g.disableModifiers(SGR.BOLD);
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
            g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        } else {
            g.enableModifiers(SGR.REVERSE);
            g.putString(at, layout.statusRow(), shown);
            g.disableModifiers(SGR.REVERSE);
        }
    }

    private static TerminalPosition paintHelp(TextGraphics g, EditorLayout layout) {
        reverse(g, 0, TitleBar.line(layout.columns(), "Help", false));
        List<String> text = HelpText.LINES;
        int rows = layout.textRows() + 1;
        for (int i = 0; i < text.size() && i < rows; i++) {
            g.putString(0, layout.firstTextRow() + i, text.get(i));
        }
        ShortcutBars.draw(g, layout.shortcutRow(), layout.columns(), ShortcutBars.HELP);
        return null;
    }

    private static void reverse(TextGraphics g, int row, String text) {
        g.enableModifiers(SGR.REVERSE);
        g.putString(0, row, text);
        g.disableModifiers(SGR.REVERSE);
    }

    private static String pad(String text, int width) {
        if (text.length() >= width) {
            return text.substring(0, width);
        }
        return text + " ".repeat(width - text.length());
    }
}
