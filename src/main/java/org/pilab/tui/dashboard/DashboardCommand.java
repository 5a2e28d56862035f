package org.pilab.tui.dashboard;

import com.googlecode.lanterna.input.KeyStroke;

/** What a key asks the dashboard to do. */
enum DashboardCommand {
    QUIT, PAUSE, FASTER, SLOWER, UP, DOWN, PAGE_UP, PAGE_DOWN, FOCUS, NONE;

    static DashboardCommand of(KeyStroke key) {
        return switch (key.getKeyType()) {
            case Escape, EOF -> QUIT;
            case ArrowUp -> UP;
            case ArrowDown -> DOWN;
            case PageUp -> PAGE_UP;
            case PageDown -> PAGE_DOWN;
            case Tab, ReverseTab -> FOCUS;
            case Character -> ofCharacter(key);
            default -> NONE;
        };
    }

    private static DashboardCommand ofCharacter(KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown()) {
            return c == 'c' ? QUIT : NONE;
        }
        return switch (c) {
            case 'q', 'Q' -> QUIT;
            case 'p', 'P', ' ' -> PAUSE;
            case '+', '=' -> FASTER;
            case '-', '_' -> SLOWER;
            case 'k' -> UP;
            case 'j' -> DOWN;
            case 'n', 'N' -> FOCUS;
            default -> NONE;
        };
    }
}
