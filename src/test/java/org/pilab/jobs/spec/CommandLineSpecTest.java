package org.pilab.jobs.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.engine.AlphaConfig;
import org.pilab.engine.BacktestConfig;
import org.pilab.engine.FeeConfig;
import org.pilab.engine.RebalanceConfig;
import org.pilab.engine.SizingConfig;

class CommandLineSpecTest {

    @TempDir
    Path dir;

    private CommandLineSpec flags(String allocations, String rebalance, Double cashBuffer, Double leverage, String fees) {
        return new CommandLineSpec(Optional.of(dir.toString()), "2007-01-31", "2015-12-31", allocations,
                Optional.ofNullable(rebalance), Optional.ofNullable(cashBuffer), Optional.ofNullable(leverage),
                Optional.ofNullable(fees), Optional.of("SPY"), Optional.empty(), Optional.empty());
    }

    @Test
    void flagsBecomeTheSameConfigAsASpec() throws Exception {
        Files.createDirectories(dir);
        BacktestConfig c = flags("SPY:0.6, AGG:0.4", "weekly:wed", 0.02, null, "0.001,0.005")
                .read(new BacktestSpecReader(dir)).config();
        assertEquals(new AlphaConfig.FixedWeights(Map.of("SPY", 0.6, "AGG", 0.4)), c.alpha());
        assertEquals(new RebalanceConfig.Weekly(DayOfWeek.WEDNESDAY), c.rebalance());
        assertEquals(new SizingConfig.LongOnly(0.02), c.sizing());
        assertEquals(new FeeConfig.Percent(0.001, 0.005), c.fees());
        assertEquals(Optional.of("SPY"), c.benchmark());
        BacktestConfig ls = flags("SPY:1,AGG:-0.7", "daily", null, 2.0, null).read(new BacktestSpecReader(dir)).config();
        assertEquals(new SizingConfig.LongShort(2.0), ls.sizing());
        assertEquals(new RebalanceConfig.Daily(), ls.rebalance());
    }

    @Test
    void flagErrorsNameTheFlag() {
        BacktestSpecReader reader = new BacktestSpecReader(dir);
        assertTrue(assertThrows(SpecException.class, () -> flags("SPY", null, null, null, null).read(reader))
                .getMessage().startsWith("--allocations: \"SPY\" is not SYMBOL:WEIGHT"));
        assertTrue(assertThrows(SpecException.class, () -> flags("SPY:x", null, null, null, null).read(reader))
                .getMessage().startsWith("--allocations: \"x\" is not a number"));
        assertTrue(assertThrows(SpecException.class, () -> flags("SPY:1", null, null, null, "0.1").read(reader))
                .getMessage().startsWith("--fees: "));
        assertTrue(assertThrows(SpecException.class, () -> flags("SPY:1", "monthly", null, null, null).read(reader))
                .getMessage().startsWith("--rebalance (rebalance.frequency): \"monthly\" is not one of"));
        assertTrue(assertThrows(SpecException.class, () -> flags("SPY:1", null, 0.01, 2.0, null).read(reader))
                .getMessage().startsWith("--cash-buffer: "));
        assertTrue(assertThrows(SpecException.class, () -> flags("SPY:1", null, 2.0, null, null).read(reader))
                .getMessage().startsWith("--cash-buffer (sizing.cash_buffer): must be a fraction"));
    }
}
