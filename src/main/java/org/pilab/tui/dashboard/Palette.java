package org.pilab.tui.dashboard;

import com.googlecode.lanterna.TextColor;
import java.util.List;
import java.util.Locale;

/** The dashboard's colours: what a state, a temperature or a job looks like. */
final class Palette {

    /** xterm-256 orange, for warnings that are not yet errors. */
    static final TextColor ORANGE = new TextColor.Indexed(208);

    private static final List<TextColor> JOB_COLOURS = List.of(TextColor.ANSI.CYAN,
            TextColor.ANSI.MAGENTA, TextColor.ANSI.BLUE_BRIGHT, TextColor.ANSI.GREEN,
            TextColor.ANSI.YELLOW, ORANGE);

    /** The temperature at which every Pi model starts to throttle its cores. */
    private static final double HARD_LIMIT_START_C = 80.0;
    /** The Pi 3B+'s soft limit, and where a Pi 4's fan-less heatsink stops coping. */
    private static final double SOFT_LIMIT_C = 60.0;

    private Palette() {
    }

    /**
     * idle green; alloc, mix and completing yellow; down, drain, fail and not-responding ("*")
     * red; anything else (maint, resv, unk, powered off) the terminal's default.
     */
    static TextColor nodeState(String state) {
        if (isUnavailable(state)) {
            return TextColor.ANSI.RED;
        }
        return switch (baseState(state)) {
            case "idle" -> TextColor.ANSI.GREEN;
            case "alloc", "allocated", "mix", "mixed", "comp", "completing" -> TextColor.ANSI.YELLOW;
            default -> TextColor.ANSI.DEFAULT;
        };
    }

    /** Down, drained or draining, failed, invalid, or not responding: no new jobs go there. */
    static boolean isUnavailable(String state) {
        String base = baseState(state);
        return state.endsWith("*") || base.startsWith("down") || base.startsWith("drain")
                || base.startsWith("drng") || base.startsWith("fail") || base.equals("inval");
    }

    /** The state without sinfo's flag suffixes (* ~ # % @ $ - and the like). */
    private static String baseState(String state) {
        return state.toLowerCase(Locale.ROOT).replaceAll("[*~#%@$^!+-]+$", "");
    }

    /** Red when throttling or near the hard limit, orange at the soft limit, else default. */
    static TextColor temperature(double celsius, ThrottleFlags flags) {
        if (flags.throttled() || celsius >= HARD_LIMIT_START_C) {
            return TextColor.ANSI.RED;
        }
        if (flags.softTemperatureLimit() || celsius >= SOFT_LIMIT_C) {
            return ORANGE;
        }
        return TextColor.ANSI.DEFAULT;
    }

    static TextColor throttle(ThrottleFlags flags) {
        if (flags.severe()) {
            return TextColor.ANSI.RED;
        }
        return flags.any() ? ORANGE : TextColor.ANSI.DEFAULT;
    }

    /** squeue's compact states: running green, pending yellow, completing cyan. */
    static TextColor jobState(String state) {
        return switch (state) {
            case "R" -> TextColor.ANSI.GREEN;
            case "PD" -> TextColor.ANSI.YELLOW;
            case "CG" -> TextColor.ANSI.CYAN;
            case "F", "NF", "TO", "OOM", "BF", "DL" -> TextColor.ANSI.RED;
            default -> TextColor.ANSI.DEFAULT;
        };
    }

    /** The same job always gets the same colour, so it can be followed across nodes. */
    static TextColor job(String jobId) {
        String array = jobId.contains("_") ? jobId.substring(0, jobId.indexOf('_')) : jobId;
        return JOB_COLOURS.get(Math.floorMod(array.hashCode(), JOB_COLOURS.size()));
    }
}
