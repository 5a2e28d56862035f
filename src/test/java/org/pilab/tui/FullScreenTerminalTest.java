package org.pilab.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.pilab.tui.editor.Editor;
import org.pilab.tui.editor.SaveResult;
import org.pilab.tui.editor.TextDocument;

class FullScreenTerminalTest {

    @Test
    void aBorrowedTerminalRunsTheEditorAndStaysOpenAfterClose() throws IOException {
        RecordingTerminal virtual = new RecordingTerminal(80, 24);
        AtomicBoolean closed = new AtomicBoolean();
        virtual.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
                closed.set(true);
            }

            @Override
            public void onResized(Terminal terminal, TerminalSize size) {
            }
        });
        new Keys(virtual).type("x").ctrl('o').type("\n").ctrl('x');
        StringBuilder written = new StringBuilder();
        TextDocument document = new TextDocument() {
            @Override
            public String name() {
                return "x.txt";
            }

            @Override
            public String initialText() {
                return "";
            }

            @Override
            public SaveResult save(String text) {
                written.append(text);
                return SaveResult.ok();
            }
        };

        try (FullScreenTerminal terminal = FullScreenTerminal.borrowing(virtual)) {
            Editor.run(terminal, document);
        }

        assertEquals("x\n", written.toString());
        assertFalse(closed.get(), "closing a borrowed terminal must leave it open for its owner");
    }
}
