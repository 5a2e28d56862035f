package org.pilab.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChartTest {

    private final TextChart chart = new TextChart(new Ansi(false), false, 80);
    private final LocalDate first = LocalDate.of(2020, 1, 1);
    private final LocalDate last = LocalDate.of(2020, 12, 31);

    @Test
    void risingLineGoesFromBottomLeftToTopRight() {
        double[] v = new double[500];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 + i;
        }
        List<String> rows = chart.lines(List.of(new TextChart.Series(v, 'X', '*', Ansi.CYAN)), first, last, 8);
        assertEquals(9, rows.size(), "eight rows and the date axis");
        String top = rows.get(0);
        String bottom = rows.get(7);
        int plotStart = TextChart.LABEL_WIDTH + 2;
        assertEquals('*', top.charAt(top.length() - 1), top);
        assertEquals('*', bottom.charAt(plotStart), bottom);
        assertEquals(' ', top.charAt(plotStart), top);
        assertTrue(top.startsWith("   599.0"), top);
        assertTrue(bottom.startsWith("   100.0"), bottom);
        assertTrue(rows.get(8).contains("2020-01-01") && rows.get(8).endsWith("2020-12-31"));
        rows.forEach(r -> assertEquals(80, r.length(), r));
    }

    @Test
    void drawdownReachesTheBottomRowOnlyAtItsDeepestPoint() {
        double[] dd = new double[300];
        dd[150] = 0.4;
        dd[151] = 0.2;
        List<String> rows = chart.drawdown(dd, first, last, 4);
        assertTrue(rows.get(0).startsWith("      0%"));
        assertTrue(rows.get(3).startsWith("  -40.0%"), rows.get(3));
        assertEquals(1, rows.get(3).chars().filter(c -> c == '#').count(), rows.get(3));
        assertTrue(rows.get(0).chars().filter(c -> c == '#').count() >= 1);
    }

    @Test
    void compactLabels() {
        assertEquals("1.85M", TextChart.compact(1_850_000));
        assertEquals("950k", TextChart.compact(950_000));
        assertEquals("12.5", TextChart.compact(12.5));
    }
}
