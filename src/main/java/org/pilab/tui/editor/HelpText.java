package org.pilab.tui.editor;

import java.util.List;

/** The Ctrl-G help page: what this editor's keys do (a subset of nano's). */
final class HelpText {

    static final List<String> LINES = List.of(
            "Main editor help",
            "",
            "Type to insert text at the cursor. The notation ^X means Ctrl+X.",
            "",
            "^G  F1        Show this help (^X, ^C or q closes it)",
            "^X            Exit; asks whether to save a modified buffer",
            "^O            Write the buffer to the file",
            "^W            Search forward (case-insensitive, wraps at the end)",
            "^K            Cut the current line (repeat to cut more lines)",
            "^U            Paste the cut lines above the current line",
            "^C            Show the cursor position",
            "^/  ^_        Go to a line number (and column: \"12,5\")",
            "Arrows        Move the cursor          ^A  Home    Start of the line",
            "PgUp  ^Y      One page up              ^E  End     End of the line",
            "PgDn  ^V      One page down            ^D  Delete  Delete the character",
            "",
            "^R Read File, ^\\ Replace, ^T Execute and ^J Justify are not available here.");

    private HelpText() {
    }
}
