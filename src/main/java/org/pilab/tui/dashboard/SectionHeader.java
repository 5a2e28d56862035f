package org.pilab.tui.dashboard;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.graphics.TextGraphics;

/** A panel's column header: bold, and in reverse video while its panel has the focus. */
final class SectionHeader {

    private SectionHeader() {
    }

    static void paint(TextGraphics g, int row, int columns, String text, boolean focused) {
        SGR style = focused ? SGR.REVERSE : SGR.BOLD;
        g.enableModifiers(style);
        g.putString(0, row, Cells.left(text, columns));
        g.disableModifiers(style);
    }
}
