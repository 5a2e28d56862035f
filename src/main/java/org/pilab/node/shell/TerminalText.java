package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command line wrote to the terminal, piece by piece in the order it was written, each
 * piece tagged with the stream it went to. A terminal window shows both streams interleaved;
 * a script run ({@code bash -s < script}) sends stdout to fd 1 and stderr to fd 2, so the shell
 * layer needs to know which was which.
 *
 * @param pieces the text in the order written; neighbouring pieces never share a stream
 */
public record TerminalText(List<Piece> pieces) {

    /** The two streams a command writes to the terminal. */
    public enum Stream { STDOUT, STDERR }

    /** Text written to one stream in one go (or in several writes with nothing else between). */
    public record Piece(Stream stream, String text) {
    }

    public static final TerminalText EMPTY = new TerminalText(List.of());

    public TerminalText {
        pieces = List.copyOf(pieces);
    }

    /** {@code text} on one stream alone (empty text gives {@link #EMPTY}). */
    public static TerminalText of(Stream stream, String text) {
        return text.isEmpty() ? EMPTY : new TerminalText(List.of(new Piece(stream, text)));
    }

    /** Both streams interleaved as a terminal window shows them. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /** What went to standard output, in order. */
    public String stdout() {
        return only(Stream.STDOUT);
    }

    /** What went to standard error, in order. */
    public String stderr() {
        return only(Stream.STDERR);
    }

    /** This text followed by {@code more} on {@code stream}. */
    public TerminalText plus(Stream stream, String more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Piece> all = new ArrayList<>(pieces);
        Piece last = all.isEmpty() ? null : all.get(all.size() - 1);
        if (last != null && last.stream() == stream) {
            all.set(all.size() - 1, new Piece(stream, last.text() + more));
        } else {
            all.add(new Piece(stream, more));
        }
        return new TerminalText(all);
    }

    /**
     * Writes each piece again to where its stream now points: a script's terminal text to the
     * streams of the {@code bash script.sh} that ran it, ssh's remote text to the local streams.
     */
    public void writeTo(Output out, Output err) {
        for (Piece p : pieces) {
            (p.stream() == Stream.STDOUT ? out : err).print(p.text());
        }
    }

    private String only(Stream stream) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            if (p.stream() == stream) {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }
}
