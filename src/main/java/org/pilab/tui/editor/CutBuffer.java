package org.pilab.tui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines cut with ^K, pasted with ^U. Cuts in a row gather into one buffer; the first cut after
 * any other key starts a new one, as in nano.
 */
final class CutBuffer {

    private final List<String> lines = new ArrayList<>();
    private boolean gathering;

    /** Cuts the cursor's line; @return whether a line was cut (the empty last line cannot be) */
    boolean cut(TextBuffer buffer) {
        String removed = buffer.cutLine();
        if (removed == null) {
            return false;
        }
        if (!gathering) {
            lines.clear();
        }
        lines.add(removed);
        gathering = true;
        return true;
    }

    /** Any key but ^K ends the run of cuts. */
    void otherKey() {
        gathering = false;
    }

    /** Pastes above the cursor's line; @return false when there is nothing to paste */
    boolean paste(TextBuffer buffer) {
        if (lines.isEmpty()) {
            return false;
        }
        buffer.pasteLines(lines);
        return true;
    }
}
