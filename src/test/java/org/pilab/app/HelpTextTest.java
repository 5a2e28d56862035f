package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Help text reads as sentences: the summary picocli shows in a command list (the header's first
 * line, else the description's) is one whole sentence, and wrapping never splits a file name.
 */
class HelpTextTest {

    /** "slurm." at a line end with "conf" on the next: picocli broke a file name at its dot. */
    private static final Pattern SPLIT_NAME = Pattern.compile("[a-z]\\.\\n\\s*(conf|json|md|sh|out|csv|pub|key|toml|txt)\\b");

    private static List<CommandLine> everyCommand() {
        List<CommandLine> out = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(List.of(new CommandLine(new PilabCommand())));
        while (!todo.isEmpty()) {
            CommandLine c = todo.remove(0);
            out.add(c);
            todo.addAll(c.getSubcommands().values().stream().filter(s -> !out.contains(s) && !todo.contains(s)).toList());
        }
        return out;
    }

    private static String summary(CommandLine c) {
        String[] header = c.getCommandSpec().usageMessage().header();
        String[] description = c.getCommandSpec().usageMessage().description();
        return header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
    }

    @Test
    void everySummaryIsOneWholeSentence() {
        List<CommandLine> all = everyCommand();
        assertTrue(all.size() > 15, "walked the whole command tree: " + all.size());
        for (CommandLine c : all) {
            String name = c.getCommandSpec().qualifiedName();
            String s = summary(c).strip();
            assertFalse(s.isEmpty(), name + " has no summary");
            assertTrue(s.endsWith("."), name + "'s summary is cut: \"" + s + "\"");
            assertTrue(Character.isUpperCase(s.charAt(0)), name + "'s summary does not start a sentence: \"" + s + "\"");
        }
    }

    @Test
    void wrappingNeverSplitsAFileName() {
        for (CommandLine c : everyCommand()) {
            String usage = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertFalse(SPLIT_NAME.matcher(usage).find(), c.getCommandSpec().qualifiedName() + ":\n" + usage);
        }
    }
}
