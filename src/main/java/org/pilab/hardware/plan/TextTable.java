package org.pilab.hardware.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A terminal table: columns padded to their widest cell, numbers right-aligned so that their
 * decimal points line up.
 */
final class TextTable {

    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<String> header = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    TextTable left(String title) {
        header.add(title);
        rightAligned.add(false);
        return this;
    }

    TextTable right(String title) {
        header.add(title);
        rightAligned.add(true);
        return this;
    }

    TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.size()
                    + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The table, each line indented by {@code indent} and ending in a newline. */
    String render(String indent) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, indent, header, width);
        for (List<String> row : rows) {
            line(out, indent, row, width);
        }
        return out.toString();
    }

    private void line(StringBuilder out, String indent, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(rightAligned.get(c) ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
