package org.pilab.tui.editor;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/**
 * The two shortcut lines at the bottom of the screen, laid out as nano 7.2 lays out its main menu:
 * entries fill columns top then bottom, each column COLS / (entries / 2) wide, and the last column
 * takes the remaining slack.
 */
final class ShortcutBars {

    /** The main menu in nano 7.2's order at 80 columns; the ones not built answer when pressed. */
    static final List<Shortcut> MAIN = List.of(
            new Shortcut("^G", "Help"), new Shortcut("^X", "Exit"),
            new Shortcut("^O", "Write Out"), new Shortcut("^R", "Read File"),
            new Shortcut("^W", "Where Is"), new Shortcut("^\\", "Replace"),
            new Shortcut("^K", "Cut"), new Shortcut("^U", "Paste"),
            new Shortcut("^T", "Execute"), new Shortcut("^J", "Justify"),
            new Shortcut("^C", "Location"), new Shortcut("^/", "Go To Line"));

    static final List<Shortcut> PROMPT = List.of(
            new Shortcut("^G", "Help"), new Shortcut("^C", "Cancel"));

    static final List<Shortcut> HELP = List.of(
            new Shortcut("^X", "Close"), new Shortcut("^C", "Close"));

    /** nano's width of a yes/no answer column. */
    private static final int YES_NO_WIDTH = 16;

    private ShortcutBars() {
    }

    /** Draws the given entries on rows {@code firstRow} and {@code firstRow + 1}. */
    static void draw(TextGraphics g, int firstRow, int columns, List<Shortcut> entries) {
        // nano shows ((COLS + 40) / 20) * 2 entries at most (12 at 80 columns), two per column;
        // shorter menus use the same grid so their entries line up with the main menu's.
        int gridColumns = Math.max(1, Math.min(MAIN.size(), ((columns + 40) / 20) * 2) / 2);
        int itemWidth = columns / gridColumns;
        if (itemWidth == 0) {
            return;
        }
        int shown = Math.min(entries.size(), gridColumns * 2);
        for (int i = 0; i < shown; i++) {
            int gridColumn = i / 2;
            int width = gridColumn == gridColumns - 1 ? itemWidth + columns % itemWidth : itemWidth;
            post(g, gridColumn * itemWidth, firstRow + i % 2, entries.get(i), width);
        }
    }

    /** The yes/no answers of "Save modified buffer?", as nano places them. */
    static void drawYesNo(TextGraphics g, int firstRow, int columns) {
        int width = columns < 32 ? columns / 2 : YES_NO_WIDTH;
        post(g, 0, firstRow, new Shortcut(" Y", "Yes"), width);
        post(g, 0, firstRow + 1, new Shortcut(" N", "No"), width);
        post(g, width, firstRow + 1, new Shortcut("^C", "Cancel"), width);
    }

    private static void post(TextGraphics g, int column, int row, Shortcut entry, int width) {
        String key = clip(entry.key(), width);
        g.enableModifiers(SGR.REVERSE);
        g.putString(column, row, key);
        g.disableModifiers(SGR.REVERSE);
        int rest = width - key.length();
        if (rest < 2) {
            return;
        }
        g.putString(column + key.length() + 1, row, clip(entry.tag(), rest - 1));
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width));
    }
}
