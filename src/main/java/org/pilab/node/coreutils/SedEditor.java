package org.pilab.node.coreutils;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Runs a parsed sed script over one text the way GNU sed's cycle does: per line, the commands
 * whose addresses select it run in order; {@code i} and {@code =} print at once, {@code a}
 * text is queued and printed at the end of the cycle (even when the line was deleted), and
 * the pattern space is printed unless {@code -n} or {@code d}. A last line without a newline
 * stays without one unless something is printed after it.
 */
final class SedEditor {

    private final List<SedScript.Instruction> program;
    private final boolean quiet;
    private final boolean[] inRange;
    private final StringBuilder out = new StringBuilder();
    private boolean missingNewline;

    SedEditor(List<SedScript.Instruction> program, boolean quiet) {
        this.program = List.copyOf(program);
        this.quiet = quiet;
        this.inRange = new boolean[program.size()];
    }

    String apply(String text) {
        boolean trailingNewline = text.endsWith("\n");
        String[] lines = text.split("\n", -1);
        int n = trailingNewline ? lines.length - 1 : lines.length;
        if (text.isEmpty()) {
            n = 0;
        }
        for (int i = 0; i < n; i++) {
            boolean isLast = i == n - 1;
            boolean newline = !isLast || trailingNewline;
            if (!cycle(lines[i], i + 1, isLast, newline)) {
                break;
            }
        }
        return out.toString();
    }

    /** One input line; false when {@code q} ends the script. */
    private boolean cycle(String line, int lineNo, boolean isLast, boolean newline) {
        String space = line;
        StringBuilder appended = new StringBuilder();
        boolean print = !quiet;
        boolean quit = false;
        for (int k = 0; k < program.size(); k++) {
            SedScript.Instruction op = program.get(k);
            boolean selected = selected(k, op, space, lineNo, isLast);
            // a range whose state just closed was on its last line (c prints its text there)
            boolean rangeEnds = op.to() != null && selected && !inRange[k];
            if (!(selected ^ op.negated())) {
                continue;
            }
            switch (op.name()) {
                case 's' -> space = substitute(op, space, lineNo, newline);
                case 'd' -> print = false;
                case 'p' -> emit(space, true);
                case '=' -> emit(Integer.toString(lineNo), true);
                case 'i' -> emitText(op.text());
                case 'a' -> appended.append(op.text());
                case 'c' -> {
                    print = false;
                    if (op.to() == null || op.negated() || rangeEnds) {
                        emitText(op.text());
                    }
                }
                case 'q' -> quit = true;
                default -> throw new IllegalStateException("sed command " + op.name() + " has no action");
            }
            if (op.name() == 'd' || op.name() == 'c' || quit) {
                // d and c start the next cycle at once; q ends the script after this one
                break;
            }
        }
        if (print) {
            emit(space, newline);
        }
        if (!appended.isEmpty()) {
            emitText(appended.toString());
        }
        return !quit;
    }

    /** Whether the instruction's addresses select this line, advancing its range state. */
    private boolean selected(int k, SedScript.Instruction op, String space, int lineNo, boolean isLast) {
        if (op.from() == null) {
            return true;
        }
        if (op.to() == null) {
            return op.from().matches(space, lineNo, isLast);
        }
        if (inRange[k]) {
            if (op.to().matches(space, lineNo, isLast) || (op.to().regex() == null && !op.to().last() && lineNo >= op.to().line())) {
                inRange[k] = false;
            }
            return true;
        }
        if (!op.from().matches(space, lineNo, isLast)) {
            return false;
        }
        // a line-number end at or before the start line closes the range on its first line
        boolean endsHere = (op.to().last() && isLast) || (op.to().regex() == null && !op.to().last() && op.to().line() <= lineNo);
        inRange[k] = !endsHere;
        return true;
    }

    private String substitute(SedScript.Instruction op, String space, int lineNo, boolean newline) {
        String flags = op.sFlags();
        boolean global = flags.contains("g");
        String digits = flags.replaceAll("[^0-9]", "");
        int nth = digits.isEmpty() ? 1 : Integer.parseInt(digits);
        Matcher m = op.pattern().matcher(space);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        boolean replaced = false;
        while (m.find()) {
            count++;
            if (count >= nth && (global || count == nth)) {
                m.appendReplacement(sb, op.replacement());
                replaced = true;
                if (!global) {
                    break;
                }
            }
        }
        m.appendTail(sb);
        String result = replaced ? sb.toString() : space;
        if (replaced && flags.contains("p")) {
            emit(result, true);
        }
        return result;
    }

    private void emit(String line, boolean newline) {
        if (missingNewline) {
            out.append('\n');
        }
        out.append(line);
        if (newline) {
            out.append('\n');
        }
        missingNewline = !newline;
    }

    private void emitText(String text) {
        if (missingNewline) {
            out.append('\n');
            missingNewline = false;
        }
        out.append(text);
    }
}
