package org.pilab.shell.interactive;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;
import org.pilab.node.shell.ShellParser;

/**
 * Splits the line for completion as JLine's default parser does, and tells the reader when a
 * line is not finished yet (an open quote or here-document, a trailing backslash, {@code |},
 * {@code &&} or {@code ||}): JLine then shows the continuation prompt and reads on, as bash
 * shows PS2 ({@code > }). The lines reach the session joined by newlines, as bash reads them.
 */
final class ShellLineParser extends DefaultParser {

    /** Bash's default PS2. */
    static final String CONTINUATION_PROMPT = "> ";

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && ShellParser.needsMoreInput(line)) {
            throw new EOFError(-1, -1, "the command goes on on the next line");
        }
        return super.parse(line, cursor, context);
    }
}
