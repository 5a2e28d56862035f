package org.pilab.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

/** Feeds keys into a virtual terminal's input queue, as a user would type them. */
public final class Keys {

    private final DefaultVirtualTerminal terminal;

    public Keys(DefaultVirtualTerminal terminal) {
        this.terminal = terminal;
    }

    public Keys type(String text) {
        for (char c : text.toCharArray()) {
            terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        }
        return this;
    }

    public Keys ctrl(char c) {
        terminal.addInput(new KeyStroke(c, true, false));
        return this;
    }

    public Keys press(KeyType type) {
        terminal.addInput(new KeyStroke(type));
        return this;
    }

    public Keys press(KeyType type, int times) {
        for (int i = 0; i < times; i++) {
            press(type);
        }
        return this;
    }
}
