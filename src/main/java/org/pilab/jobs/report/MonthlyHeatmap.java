package org.pilab.jobs.report;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Monthly returns (percent) as a years-by-months grid; with colour, each cell's background
 * goes from deep red to deep green. The year's total is in {@link YearlyBars}, which keeps the
 * grid within 80 columns.
 */
final class MonthlyHeatmap {

    private static final int CELL = 6;

    private MonthlyHeatmap() {
    }

    static List<String> render(Map<YearMonth, Double> monthly, Ansi ansi) {
        List<String> out = new ArrayList<>();
        StringBuilder header = new StringBuilder("Year");
        for (Month m : Month.values()) {
            header.append(StatisticsTable.leftPad(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), CELL));
        }
        out.add(ansi.paint(Ansi.BOLD, header.toString()));
        TreeSet<Integer> years = new TreeSet<>();
        monthly.keySet().forEach(ym -> years.add(ym.getYear()));
        for (int year : years) {
            StringBuilder line = new StringBuilder(Integer.toString(year));
            for (Month m : Month.values()) {
                Double r = monthly.get(YearMonth.of(year, m));
                if (r == null) {
                    line.append(" ".repeat(CELL));
                } else {
                    line.append(' ').append(ansi.heat(r, cell(r)));
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** A return in percent, one decimal, in five columns (e.g. " -3.4", " 12.0"). */
    private static String cell(double r) {
        String text = Numbers.onePlace(r * 100.0);
        return StatisticsTable.leftPad(text, CELL - 1);
    }
}
