package org.pilab.tui.dashboard;

/** Fitting values into fixed-width table cells, the way squeue cuts long values. */
final class Cells {

    private Cells() {
    }

    static String left(String text, int width) {
        if (width <= 0) {
            return "";
        }
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    static String right(String text, int width) {
        if (width <= 0) {
            return "";
        }
        return text.length() >= width ? text.substring(0, width) : " ".repeat(width - text.length()) + text;
    }
}
