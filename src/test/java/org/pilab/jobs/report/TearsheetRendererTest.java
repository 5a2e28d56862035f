package org.pilab.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.engine.BacktestResult;

class TearsheetRendererTest {

    private static final String ESC = "\u001b[";

    private final BacktestResult result = SampleResults.withBenchmark(700);

    @Test
    void plainTearsheetHasEverySectionAndNoEscapes() {
        String text = new TearsheetRenderer(TearsheetStyle.plain()).render(result);
        assertFalse(text.contains(ESC), "no colour codes when colour is off");
        for (String expected : List.of("Sixty forty", "Strategy", "Benchmark", "Total return", "CAGR", "Sharpe ratio",
                "Sortino ratio", "Annual volatility", "Max drawdown", "Max drawdown duration", "Final equity", "Fills",
                "Equity", "Drawdown", "Monthly returns (%)", "Yearly returns", "Warnings", "cash went negative once")) {
            assertTrue(text.contains(expected), () -> "missing " + expected + "\n" + text);
        }
        assertTrue(text.contains("180 days"), "drawdown duration shown in days");
        assertTrue(text.contains("62.00%") || text.contains("0.62"), "Sharpe is shown");
    }

    @Test
    void linesFitTheWidthWithAndWithoutColour() {
        for (boolean colour : new boolean[] {false, true}) {
            String text = new TearsheetRenderer(new TearsheetStyle(colour, true, 80)).render(result);
            for (String line : text.split("\n")) {
                assertTrue(Ansi.visibleLength(line) <= 80, () -> "too wide: " + line);
            }
        }
    }

    @Test
    void heatmapHasAMonthHeaderAndOneRowPerYear() {
        String text = new TearsheetRenderer(TearsheetStyle.plain()).render(result);
        List<String> lines = text.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Year") && l.contains("Jan")).findFirst().orElseThrow());
        assertTrue(lines.get(header).contains("Dec"));
        // 700 weekdays from January 2018 span 2018, 2019 and part of 2020.
        assertTrue(lines.get(header + 1).startsWith("2018"));
        assertTrue(lines.get(header + 2).startsWith("2019"));
        assertTrue(lines.get(header + 3).startsWith("2020"));
    }

    @Test
    void colourTearsheetColoursHeatmapCellsAndSigns() {
        String text = new TearsheetRenderer(new TearsheetStyle(true, true, 80)).render(result);
        assertTrue(text.contains(ESC + "48;5;"), "heatmap cells get 256-colour backgrounds");
        assertTrue(text.contains(Ansi.GREEN) || text.contains(Ansi.RED), "signed numbers are coloured");
        assertEquals(new TearsheetRenderer(TearsheetStyle.plain()).render(result),
                text.replaceAll("\u001b\\[[0-9;]*m", ""), "colour only adds escapes, never changes text");
    }

    @Test
    void asciiStyleUsesNoUnicodeBlocks() {
        String text = new TearsheetRenderer(new TearsheetStyle(false, false, 80)).render(result);
        assertTrue(text.chars().allMatch(c -> c < 128), "only ASCII");
        assertTrue(text.contains("*"), "strategy marks");
    }

    @Test
    void withoutBenchmarkHasOneColumn() {
        String text = new TearsheetRenderer(TearsheetStyle.plain()).render(SampleResults.withoutBenchmark(300));
        assertFalse(text.contains("Benchmark"));
        assertFalse(text.contains("Warnings"));
    }

    @Test
    void chartsSpanTheWholePeriod() {
        String text = new TearsheetRenderer(TearsheetStyle.plain()).render(result);
        assertTrue(text.contains(SampleResults.START.toString()));
        assertTrue(text.contains(result.strategy().equity().date(699).toString()));
    }
}
