package org.pilab.lessons.check;

import java.util.List;
import java.util.Optional;
import org.pilab.node.shell.ShellParser;
import org.pilab.node.shell.Syntax;

/**
 * Rewrites a one-pipeline check command so its standard output lands in a file: the virtual
 * terminal interleaves stdout and stderr, and a check must see stdout alone. A trailing
 * {@code 2>&1} stays after the new redirection, so the author's "stderr too" still holds.
 */
final class StdoutCatcher {

    private static final String ERR_TO_OUT = "2>&1";

    private StdoutCatcher() {
    }

    /** The rewritten line, or empty when the line is not one pipeline that writes to the terminal. */
    static Optional<String> redirect(String line, String file) {
        Syntax.CommandLine parsed;
        try {
            parsed = ShellParser.parse(line);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (parsed.steps().size() != 1) {
            return Optional.empty();
        }
        List<Syntax.SimpleCommand> commands = parsed.steps().get(0).pipeline().commands();
        Syntax.SimpleCommand last = commands.get(commands.size() - 1);
        boolean writesElsewhere = last.redirects().stream().anyMatch(r -> r.kind() == Syntax.RedirectKind.OUT
                || r.kind() == Syntax.RedirectKind.APPEND || r.kind() == Syntax.RedirectKind.BOTH);
        if (writesElsewhere) {
            return Optional.empty();
        }
        boolean errToOut = last.redirects().stream().anyMatch(r -> r.kind() == Syntax.RedirectKind.ERR_TO_OUT);
        String trimmed = line.stripTrailing();
        if (!errToOut) {
            return Optional.of(trimmed + " > " + file);
        }
        if (!trimmed.endsWith(" " + ERR_TO_OUT)) {
            return Optional.empty();
        }
        return Optional.of(trimmed.substring(0, trimmed.length() - ERR_TO_OUT.length()) + "> " + file + " " + ERR_TO_OUT);
    }
}
