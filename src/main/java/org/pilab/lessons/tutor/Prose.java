package org.pilab.lessons.tutor;

/**
 * Word-wraps lesson text for the terminal: a learner reads it at an 80-column prompt, and a
 * line cut mid-word by the terminal is hard to read. Indented lines and fenced code blocks are
 * left as written, since they are commands to copy.
 */
final class Prose {

    static final int WIDTH = 78;

    private Prose() {
    }

    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                out.append(line).append('\n');
                continue;
            }
            if (fenced || line.startsWith(" ") || line.startsWith("\t") || line.length() <= WIDTH) {
                out.append(line).append('\n');
                continue;
            }
            wrapLine(line, out);
        }
        out.setLength(Math.max(0, out.length() - 1));
        return out.toString();
    }

    private static void wrapLine(String line, StringBuilder out) {
        int col = 0;
        for (String word : line.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (col > 0 && col + 1 + word.length() > WIDTH) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        out.append('\n');
    }
}
