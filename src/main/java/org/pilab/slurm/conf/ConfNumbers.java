package org.pilab.slurm.conf;

import java.util.Locale;

/**
 * Number and yes/no values checked the way parse_config.c's s_p_handle_* functions check them,
 * with their error texts: {@code CPUs value "four" is not a valid number}.
 */
final class ConfNumbers {

    static final long INFINITE16 = 0xffffL;
    static final long INFINITE32 = 0xffffffffL;
    static final long INFINITE64 = Long.MAX_VALUE;

    private ConfNumbers() {
    }

    /** A value that SLURM rejects; {@code message} is the text after {@code error: }. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    static long parse(KeySpec spec, String value) throws BadValue {
        return switch (spec.type()) {
            case UINT16 -> unsigned(spec.name(), value, INFINITE16, 0xffffL, false);
            case UINT32 -> unsigned(spec.name(), value, INFINITE32, 0xffffffffL, true);
            case UINT64 -> unsigned(spec.name(), value, INFINITE64, Long.MAX_VALUE, true);
            case BOOLEAN -> bool(spec.name(), value) ? 1 : 0;
            default -> throw new IllegalArgumentException(spec.name() + " is not numeric");
        };
    }

    static boolean bool(String key, String value) throws BadValue {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "up", "true", "1":
                return true;
            case "no", "down", "false", "0":
                return false;
            default:
                throw new BadValue("\"" + value + "\" is not a valid option for \"" + key + "\"");
        }
    }

    /** strtoul(value, 0) semantics: decimal, 0x hex, leading-0 octal; k/K = x1024 for 32/64. */
    private static long unsigned(String key, String value, long infinite, long max,
            boolean kiloSuffix) throws BadValue {
        String digits = value;
        long multiplier = 1;
        if (kiloSuffix && (digits.endsWith("k") || digits.endsWith("K"))) {
            digits = digits.substring(0, digits.length() - 1);
            multiplier = 1024;
        }
        boolean negative = digits.startsWith("-");
        String body = negative || digits.startsWith("+") ? digits.substring(1) : digits;
        Long parsed = parseRadix(body);
        if (parsed != null && parsed < 0) {
            throw new BadValue(key + " value (" + value + ") is out of range");
        }
        if (parsed == null) {
            if (value.equalsIgnoreCase("UNLIMITED") || value.equalsIgnoreCase("INFINITE")) {
                return infinite;
            }
            throw new BadValue(key + " value \"" + value + "\" is not a valid number");
        }
        if (negative) {
            throw new BadValue(key + " value (" + value + ") is less than zero");
        }
        long result;
        try {
            result = Math.multiplyExact(parsed, multiplier);
        } catch (ArithmeticException e) {
            throw new BadValue(key + " value (" + value + ") is out of range");
        }
        if (result > max) {
            throw new BadValue(key + " value (" + value + ") is greater than " + max);
        }
        return result;
    }

    /** The value, null if a character is not a digit, -1 if it overflows. */
    private static Long parseRadix(String body) {
        if (body.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = body;
        if (body.length() > 2 && (body.startsWith("0x") || body.startsWith("0X"))) {
            radix = 16;
            digits = body.substring(2);
        } else if (body.length() > 1 && body.startsWith("0")) {
            radix = 8;
            digits = body.substring(1);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return null;
            }
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return -1L; // every digit valid but too many: strtoul's ERANGE
        }
    }
}
