package org.pilab.app;

import java.io.PrintWriter;
import java.util.List;
import org.pilab.jobs.spec.KeySuggester;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad command line gets one line naming the problem and one line saying where help is,
 * then exit status 2 (as the GNU tools do), rather than picocli's full usage dump.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    static final int USAGE_ERROR = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + describe(ex));
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return USAGE_ERROR;
    }

    private static String describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            boolean takesCommands = !ex.getCommandLine().getSubcommands().isEmpty();
            if (takesCommands && !first.startsWith("-")) {
                List<String> suggestions = unmatched.getSuggestions().stream()
                        .filter(s -> KeySuggester.distance(s, first) <= 2)
                        .toList();
                return "unknown command '" + first + "'"
                        + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)");
            }
        }
        return firstLine(ex.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid arguments";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
