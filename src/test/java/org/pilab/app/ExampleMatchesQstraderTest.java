package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first example, run as a learner runs it, gives the numbers real QSTrader gives
 * for its own 60/40 example on the same data (src/test/resources/qstrader-reference).
 */
class ExampleMatchesQstraderTest {

    @TempDir
    Path tmp;

    @Test
    void sixtyFortyExampleEqualsQstrader() throws IOException {
        Path json = tmp.resolve("out.json");
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"backtest", "datasets/examples/sixty_forty.json", "--json", json.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode mine = mapper.readTree(json.toFile());
        JsonNode ref = mapper.readTree(Path.of("src/test/resources/qstrader-reference/sixty_forty.json").toFile());
        for (String side : new String[] {"strategy", "benchmark"}) {
            for (String stat : new String[] {"final_equity", "sharpe", "cagr", "max_drawdown", "sortino"}) {
                double expected = ref.get(side).get(stat).asDouble();
                assertEquals(expected, mine.get(side).get(stat).asDouble(), Math.abs(expected) * 1e-9, side + " " + stat);
            }
            assertEquals(ref.get(side).get("equity_curve").size(), mine.get(side).get("equity_curve").size(), side);
        }
    }
}
