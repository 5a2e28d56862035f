package org.pilab.slurm.cmd;

/**
 * Column printing exactly as the SLURM tools do it. squeue/sinfo ({@code _print_str}): right
 * justified with {@code %Ns} then cut to N, left justified cut to N and padded with spaces,
 * width 0 printed whole. sacct ({@code print_fields_str}): cut to N-1 characters plus {@code +}.
 */
final class Columns {

    private Columns() {
    }

    /** squeue/sinfo field; width 0 prints the value whole. */
    static String field(String value, int width, boolean right) {
        if (width <= 0) {
            return value;
        }
        if (right) {
            String s = value.length() >= width ? value : " ".repeat(width - value.length()) + value;
            return s.substring(0, width);
        }
        String s = value.length() > width ? value.substring(0, width) : value;
        return s + " ".repeat(width - s.length());
    }

    /** sacct field (positive width right-justified, negative left), followed by one space. */
    static String sacct(String value, int len) {
        int abs = Math.abs(len);
        String v = value == null ? " " : value;
        if (value != null && v.length() > abs) {
            v = v.substring(0, abs - 1) + "+";
        }
        String pad = " ".repeat(Math.max(0, abs - v.length()));
        return (len > 0 ? pad + v : v + pad) + " ";
    }

    /** sacct header cell: the name cut to the width (no plus), aligned like the values. */
    static String sacctHeader(String name, int len) {
        int abs = Math.abs(len);
        String v = name.length() > abs ? name.substring(0, abs) : name;
        String pad = " ".repeat(abs - v.length());
        return (len > 0 ? pad + v : v + pad) + " ";
    }
}
