package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.List;

/**
 * A squeue/sinfo {@code -o} format string split into fields: {@code %[.][width]X} with the literal
 * text that follows each field. A '.' right-justifies; no width means "print whole".
 */
record FormatSpec(String prefix, List<Item> items) {

    record Item(char letter, int width, boolean right, boolean sizeFromData, String suffix) {
    }

    static FormatSpec parse(String format) {
        List<Item> items = new ArrayList<>();
        int i = format.indexOf('%');
        String prefix = i < 0 ? format : format.substring(0, i);
        while (i >= 0 && i < format.length()) {
            int j = i + 1;
            boolean right = false;
            boolean fromData = false;
            if (j < format.length() && format.charAt(j) == '#') {
                fromData = true;
                j++;
            }
            if (j < format.length() && format.charAt(j) == '.') {
                right = true;
                j++;
            }
            int w = 0;
            while (j < format.length() && Character.isDigit(format.charAt(j))) {
                w = w * 10 + (format.charAt(j) - '0');
                j++;
            }
            if (j >= format.length()) {
                break;
            }
            char letter = format.charAt(j);
            int next = format.indexOf('%', j + 1);
            String suffix = next < 0 ? format.substring(j + 1) : format.substring(j + 1, next);
            items.add(new Item(letter, w, right, fromData, suffix));
            i = next;
        }
        return new FormatSpec(prefix, items);
    }
}
