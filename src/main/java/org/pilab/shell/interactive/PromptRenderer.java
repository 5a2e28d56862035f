package org.pilab.shell.interactive;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import org.pilab.shell.PromptState;

/**
 * Draws {@code user@host:cwd$ } as Debian's default ~/.bashrc does on a colour terminal (its
 * PS1 sets 01;32 around user@host and 01;34 around the folder): bold green user@host, bold blue
 * folder. A dumb terminal gets the plain text.
 */
final class PromptRenderer {

    private static final AttributedStyle USER_AT_HOST = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle FOLDER = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);

    private final Terminal terminal;
    private final boolean colour;

    PromptRenderer(Terminal terminal) {
        this.terminal = terminal;
        this.colour = supportsColour(terminal);
    }

    static boolean supportsColour(Terminal terminal) {
        String type = terminal.getType();
        if (type == null || type.equals(Terminal.TYPE_DUMB)) {
            return false;
        }
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        return type.equals(Terminal.TYPE_DUMB_COLOR) || (colours != null && colours >= 8);
    }

    /** The prompt as the line reader takes it: ANSI escapes when coloured, else plain text. */
    String render(PromptState state) {
        if (!colour) {
            return state.plain();
        }
        return new AttributedStringBuilder()
                .styled(USER_AT_HOST, state.user() + "@" + state.host())
                .append(":")
                .styled(FOLDER, state.cwd())
                .append(state.root() ? "# " : "$ ")
                .toAnsi(terminal);
    }
}
