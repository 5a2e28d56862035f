package org.pilab.tui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines being edited and the cursor in them. Like nano's buffer, a text that ends with a
 * newline has an empty last line the cursor can reach, and saving adds the final newline back.
 */
final class TextBuffer {

    /** nano's default tab size: a tab reaches the next multiple of eight columns. */
    static final int TAB_SIZE = 8;

    private final List<String> lines = new ArrayList<>();
    private int line;
    private int index;
    /** The display column up/down movement aims for, so a short line does not lose it. */
    private int wantedColumn;
    private boolean modified;

    TextBuffer(String text) {
        String normalized = text.replace("\r\n", "\n");
        for (String part : normalized.split("\n", -1)) {
            lines.add(part);
        }
    }

    int lineCount() {
        return lines.size();
    }

    String line(int number) {
        return lines.get(number);
    }

    int cursorLine() {
        return line;
    }

    int cursorIndex() {
        return index;
    }

    boolean modified() {
        return modified;
    }

    void markSaved() {
        modified = false;
    }

    /** The text to write: lines joined by newlines, with the final newline nano adds. */
    String text() {
        String joined = String.join("\n", lines);
        return lastLineEmpty() ? joined : joined + "\n";
    }

    /** How many lines a write produces, the number nano reports in "Wrote N lines". */
    int writtenLineCount() {
        return lastLineEmpty() ? lines.size() - 1 : lines.size();
    }

    private boolean lastLineEmpty() {
        return lines.get(lines.size() - 1).isEmpty();
    }

    /** The display column of the cursor, tabs expanded. */
    int cursorColumn() {
        return displayWidth(lines.get(line), index);
    }

    static int displayWidth(String text, int upTo) {
        int column = 0;
        for (int i = 0; i < upTo; i++) {
            column = text.charAt(i) == '\t' ? (column / TAB_SIZE + 1) * TAB_SIZE : column + 1;
        }
        return column;
    }

    /** The index in the line whose display column is the last one not beyond the given one. */
    private static int indexForColumn(String text, int column) {
        int i = 0;
        while (i < text.length() && displayWidth(text, i + 1) <= column) {
            i++;
        }
        return i;
    }

    // --- typing ---

    void insert(char c) {
        String current = lines.get(line);
        lines.set(line, current.substring(0, index) + c + current.substring(index));
        index++;
        changed();
    }

    void splitLine() {
        String current = lines.get(line);
        lines.set(line, current.substring(0, index));
        lines.add(line + 1, current.substring(index));
        line++;
        index = 0;
        changed();
    }

    void backspace() {
        if (index > 0) {
            String current = lines.get(line);
            lines.set(line, current.substring(0, index - 1) + current.substring(index));
            index--;
            changed();
        } else if (line > 0) {
            String current = lines.remove(line);
            line--;
            index = lines.get(line).length();
            lines.set(line, lines.get(line) + current);
            changed();
        }
    }

    void delete() {
        String current = lines.get(line);
        if (index < current.length()) {
            lines.set(line, current.substring(0, index) + current.substring(index + 1));
            changed();
        } else if (line + 1 < lines.size()) {
            lines.set(line, current + lines.remove(line + 1));
            changed();
        }
    }

    /**
     * Removes the cursor's line and returns it. The empty last line cannot be cut (nano does
     * nothing there either), so this returns null.
     */
    String cutLine() {
        if (line == lines.size() - 1 && lines.get(line).isEmpty()) {
            return null;
        }
        String removed;
        if (line == lines.size() - 1) {
            removed = lines.set(line, "");
        } else {
            removed = lines.remove(line);
        }
        index = 0;
        wantedColumn = 0;
        changed();
        return removed;
    }

    /** Inserts whole lines above the cursor's line; the cursor stays on that line. */
    void pasteLines(List<String> pasted) {
        lines.addAll(line, pasted);
        line += pasted.size();
        index = 0;
        wantedColumn = 0;
        changed();
    }

    private void changed() {
        modified = true;
        wantedColumn = cursorColumn();
    }

    // --- movement ---

    void left() {
        if (index > 0) {
            index--;
        } else if (line > 0) {
            line--;
            index = lines.get(line).length();
        }
        wantedColumn = cursorColumn();
    }

    void right() {
        if (index < lines.get(line).length()) {
            index++;
        } else if (line + 1 < lines.size()) {
            line++;
            index = 0;
        }
        wantedColumn = cursorColumn();
    }

    void up() {
        moveToLine(line - 1);
    }

    void down() {
        moveToLine(line + 1);
    }

    void home() {
        index = 0;
        wantedColumn = 0;
    }

    void end() {
        index = lines.get(line).length();
        wantedColumn = cursorColumn();
    }

    void firstLine() {
        line = 0;
        home();
    }

    void lastLine() {
        line = lines.size() - 1;
        end();
    }

    /** Moves by whole lines, keeping the wanted column; false when already at that end. */
    boolean moveBy(int delta) {
        int target = line + delta;
        if (target < 0 || target >= lines.size()) {
            return false;
        }
        moveToLine(target);
        return true;
    }

    private void moveToLine(int target) {
        if (target < 0 || target >= lines.size()) {
            return;
        }
        line = target;
        index = indexForColumn(lines.get(line), wantedColumn);
    }

    /** Puts the cursor at a 1-based line and column, clamped to the text, as nano's Go To Line. */
    void goTo(int lineNumber, int columnNumber) {
        line = Math.max(0, Math.min(lines.size() - 1, lineNumber - 1));
        index = Math.max(0, Math.min(lines.get(line).length(), columnNumber - 1));
        wantedColumn = cursorColumn();
    }

    /**
     * Finds the query case-insensitively after the cursor, wrapping past the end.
     *
     * @return the outcome; the cursor moves to the match when there is one
     */
    SearchOutcome find(String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        // Visit the rest of the cursor's line, every other line in order (wrapping past the
        // end), and finally the cursor's line again from its start up to the cursor.
        for (int step = 0; step <= lines.size(); step++) {
            int candidate = (line + step) % lines.size();
            String haystack = lines.get(candidate).toLowerCase(Locale.ROOT);
            int at;
            if (step == 0) {
                at = index + 1 > haystack.length() ? -1 : haystack.indexOf(needle, index + 1);
            } else {
                at = haystack.indexOf(needle);
                if (step == lines.size() && at > index) {
                    at = -1;
                }
            }
            if (at >= 0) {
                boolean sameSpot = candidate == line && at == index;
                boolean wrapped = line + step >= lines.size();
                line = candidate;
                index = at;
                wantedColumn = cursorColumn();
                if (sameSpot) {
                    return SearchOutcome.ONLY_OCCURRENCE;
                }
                return wrapped ? SearchOutcome.FOUND_AFTER_WRAP : SearchOutcome.FOUND;
            }
        }
        return SearchOutcome.NOT_FOUND;
    }

    /** Characters before the cursor, counting each line end as one, for the Location report. */
    int charactersBeforeCursor() {
        int sum = 0;
        for (int l = 0; l < line; l++) {
            sum += lines.get(l).length() + 1;
        }
        return sum + index;
    }

    int totalCharacters() {
        int sum = 0;
        for (String text : lines) {
            sum += text.length() + 1;
        }
        return sum - 1;
    }

    enum SearchOutcome { FOUND, FOUND_AFTER_WRAP, ONLY_OCCURRENCE, NOT_FOUND }
}
