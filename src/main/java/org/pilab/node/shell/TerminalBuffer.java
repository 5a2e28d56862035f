package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;

import org.pilab.node.shell.TerminalText.Piece;
import org.pilab.node.shell.TerminalText.Stream;

/**
 * The terminal a session writes to while a line runs: one ordered record for both streams, so
 * the order of stdout and stderr text survives, as it does on a real terminal.
 */
final class TerminalBuffer {

    private final List<Piece> pieces = new ArrayList<>();

    void append(Stream stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).stream() == stream) {
            pieces.set(last, new Piece(stream, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(stream, text));
        }
    }

    TerminalText snapshot() {
        return new TerminalText(pieces);
    }
}
