package org.pilab.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.engine.BacktestResult;
import org.pilab.engine.Performance;
import org.w3c.dom.Document;

class ReportWriterTest {

    @TempDir
    Path tmp;

    private final BacktestResult result = SampleResults.withBenchmark(400);
    private final RunTiming timing = new RunTiming(0.25, 0.5);

    @Test
    void writesAllFiles() throws IOException {
        Path dir = ReportWriter.write(tmp.resolve("out"), result, timing, false);
        assertEquals(tmp.resolve("out").toAbsolutePath(), dir);
        for (String name : List.of("result.json", "equity.csv", "ledger.csv", "fills.csv", "index.html")) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        assertEquals(List.of("out"), names(tmp), "no staging folder left beside the report");
        List<String> equity = Files.readAllLines(dir.resolve("equity.csv"));
        assertEquals("date,strategy,benchmark", equity.get(0));
        assertEquals(401, equity.size());
        assertTrue(equity.get(1).startsWith(SampleResults.START + ","));
        assertEquals(4, Files.readAllLines(dir.resolve("ledger.csv")).size());
        assertEquals("time,symbol,quantity,price,consideration,commission", Files.readAllLines(dir.resolve("fills.csv")).get(0));
        assertTrue(Files.readAllLines(dir.resolve("fills.csv")).get(1).matches("2018-01-03 14:30:00,AGG,3600,108\\.25,389700,0"));
    }

    @Test
    void htmlIsWellFormedAndSelfContained() throws Exception {
        Path dir = ReportWriter.write(tmp.resolve("out"), result, timing, false);
        String html = Files.readString(dir.resolve("index.html"));
        assertFalse(html.contains("http://"), "no external references");
        assertFalse(html.contains("https://"), "no external references");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("src=") || html.contains("href="), "nothing loaded from elsewhere");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", doc.getDocumentElement().getNodeName());
        assertEquals(4, doc.getElementsByTagName("svg").getLength(), "equity, drawdown, heatmap, yearly bars");
        assertEquals(1, doc.getElementsByTagName("style").getLength());
        assertTrue(doc.getElementsByTagName("polyline").getLength() >= 2, "strategy and benchmark lines");
        assertTrue(html.contains("Sixty forty") && html.contains("cash went negative once"));
    }

    @Test
    void htmlEscapesTitles() throws Exception {
        Performance p = SampleResults.performance("<b>A & B</b>", 100, 0.001, 0.01);
        Path dir = ReportWriter.write(tmp.resolve("out"), new BacktestResult(p, Optional.empty(), List.of()), timing, false);
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("&lt;b&gt;A &amp; B&lt;/b&gt;"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        Path dir = ReportWriter.write(tmp.resolve("out"), result, timing, false);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        for (String side : List.of("strategy", "benchmark")) {
            JsonNode p = json.get(side);
            for (String key : List.of("final_equity", "total_return", "cagr", "sharpe", "sortino", "annual_volatility",
                    "max_drawdown", "max_drawdown_duration", "fills", "equity_curve")) {
                assertTrue(p.has(key), side + " lacks " + key);
            }
            JsonNode curve = p.get("equity_curve");
            assertEquals(400, curve.size());
            assertEquals(p.get("final_equity").asDouble(), curve.get(curve.size() - 1).get(1).asDouble(), 1e-6);
            assertEquals(2, p.get("fills").asInt());
        }
        assertEquals(SampleResults.START.toString(), json.get("strategy").get("equity_curve").get(0).get(0).asText());
        assertEquals(0.25, json.get("timing").get("load_seconds").asDouble());
        assertEquals(0.5, json.get("timing").get("run_seconds").asDouble());
    }

    @Test
    void jsonWritesNullForMissingBenchmarkAndNonFiniteNumbers() throws IOException {
        Performance p = SampleResults.performance("flat", 50, 0, 0);
        Performance withNaN = new Performance(p.title(), p.equity(), new org.pilab.engine.Statistics(
                1e6, 0, 0, Double.NaN, Double.NaN, 0, 0, 0, p.statistics().monthlyReturns(),
                p.statistics().yearlyReturns()), p.fills(), p.ledger());
        JsonNode json = new ObjectMapper().readTree(
                ResultJson.toText(new BacktestResult(withNaN, Optional.empty(), List.of()), timing));
        assertTrue(json.get("benchmark").isNull());
        assertTrue(json.get("strategy").get("sharpe").isNull());
    }

    @Test
    void refusesANonEmptyFolderAndLeavesItAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThrows(DirectoryNotEmptyException.class, () -> ReportWriter.write(out, result, timing, false));
        assertEquals(List.of("notes.txt"), names(out));
        assertEquals(List.of("out"), names(tmp));
    }

    @Test
    void forceReplacesAndEmptyFolderIsFine() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        ReportWriter.write(out, result, timing, false);
        Files.writeString(out.resolve("stale.txt"), "old");
        ReportWriter.write(out, result, timing, true);
        assertFalse(Files.exists(out.resolve("stale.txt")), "the old folder is replaced as a whole");
        assertTrue(Files.exists(out.resolve("index.html")));
        assertEquals(List.of("out"), names(tmp));
    }

    @Test
    void failureHalfwayLeavesNoReportFolder() {
        Performance p = SampleResults.performance("x", 100, 0.001, 0.01);
        // A null title fails while rendering the HTML, after the JSON and CSV files were written.
        Performance broken = new Performance(null, p.equity(), p.statistics(), p.fills(), p.ledger());
        BacktestResult bad = new BacktestResult(broken, Optional.empty(), List.of());
        assertThrows(RuntimeException.class, () -> ReportWriter.write(tmp.resolve("out"), bad, timing, false));
        assertEquals(List.of(), names(tmp));
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
