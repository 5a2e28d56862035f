package org.pilab.shell.session;

import java.util.Locale;

/**
 * How fast the virtual clock follows real time in the interactive shell: {@code clock 10x},
 * {@code clock 1x}, {@code clock pause}. Fractions of a virtual millisecond are carried over so
 * many small real steps add up exactly.
 */
final class ClockSpeed {

    private double factor = 1.0;
    private double carry;

    double factor() {
        return factor;
    }

    /** Parses {@code 10x}, {@code 1x}, {@code 0.5x}, {@code pause}; null when understood, else the error. */
    String set(String arg) {
        String a = arg.toLowerCase(Locale.ROOT).trim();
        if (a.equals("pause") || a.equals("0x")) {
            factor = 0;
            return null;
        }
        if (a.equals("resume")) {
            factor = factor == 0 ? 1 : factor;
            return null;
        }
        try {
            double f = Double.parseDouble(a.endsWith("x") ? a.substring(0, a.length() - 1) : a);
            if (f < 0 || f > 10_000 || Double.isNaN(f)) {
                return "clock: speed must be between 0x and 10000x";
            }
            factor = f;
            return null;
        } catch (NumberFormatException e) {
            return "clock: usage: clock 10x | clock 1x | clock pause";
        }
    }

    /** Virtual milliseconds for {@code realMillis} at this speed. */
    long scale(long realMillis) {
        double v = realMillis * factor + carry;
        long whole = (long) Math.floor(v);
        carry = v - whole;
        return whole;
    }

    String describe() {
        if (factor == 0) {
            return "paused";
        }
        return (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor)) + "x";
    }
}
