package org.pilab.jobs.report;

/** ANSI escape sequences, applied only when the style asks for colour. */
final class Ansi {

    static final String RESET = "\u001b[0m";
    static final String BOLD = "\u001b[1m";
    static final String DIM = "\u001b[2m";
    static final String GREEN = "\u001b[32m";
    static final String RED = "\u001b[31m";
    static final String CYAN = "\u001b[36m";
    static final String YELLOW = "\u001b[33m";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String paint(String code, String text) {
        return enabled ? code + text + RESET : text;
    }

    /** Green for gains, red for losses. */
    String signed(double value, String text) {
        if (!enabled || value == 0 || !Double.isFinite(value)) {
            return text;
        }
        return paint(value > 0 ? GREEN : RED, text);
    }

    /**
     * A heatmap cell: 256-colour background, deeper for bigger moves (steps at 1, 2, 4, 8%),
     * so a month's sign and size read at a glance.
     */
    String heat(double monthlyReturn, String text) {
        if (!enabled || !Double.isFinite(monthlyReturn)) {
            return text;
        }
        int[] greens = {194, 151, 114, 71, 28};
        int[] reds = {224, 217, 210, 167, 124};
        double a = Math.abs(monthlyReturn);
        int step = a < 0.01 ? 0 : a < 0.02 ? 1 : a < 0.04 ? 2 : a < 0.08 ? 3 : 4;
        int background = monthlyReturn >= 0 ? greens[step] : reds[step];
        int foreground = step >= 3 ? 231 : 16;
        return "\u001b[48;5;" + background + ";38;5;" + foreground + "m" + text + RESET;
    }

    /** Visible width of a string that may hold escape sequences. */
    static int visibleLength(String s) {
        String visible = s.replaceAll("\u001b\\[[0-9;]*m", "");
        return visible.codePointCount(0, visible.length());
    }
}
