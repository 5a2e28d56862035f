package org.pilab.jobs.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.engine.EngineInputException;
import org.pilab.engine.data.PriceTable;

class BundledPriceSourceTest {

    private final DataLocation bundled = new DataLocation.Bundled("/datasets/market");

    @Test
    void engineLoadsBundledFiles() {
        PriceTable prices = PriceTable.load(bundled.priceSource(), List.of("SPY", "AGG"));
        assertEquals(List.of("AGG", "SPY"), prices.symbols());
        assertEquals(LocalDate.of(2006, 11, 1), prices.firstDate("AGG"), "AGG.csv's oldest row (datasets/market/README.md)");
    }

    @Test
    void missingSymbolIsNamedWithItsBundledPath() {
        EngineInputException e = assertThrows(EngineInputException.class,
                () -> PriceTable.load(bundled.priceSource(), List.of("NOPE")));
        assertTrue(e.getMessage().contains("pilab.jar!/datasets/market/NOPE.csv"), e.getMessage());
    }
}
