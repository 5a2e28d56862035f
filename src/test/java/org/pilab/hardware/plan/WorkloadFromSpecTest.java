package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkloadFromSpecTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void weekdaysCountMondayToFridayInclusive() {
        // 2024-01-01 is a Monday.
        assertEquals(5, WorkloadFromSpec.weekdays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7)));
        assertEquals(6, WorkloadFromSpec.weekdays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8)));
        assertEquals(0, WorkloadFromSpec.weekdays(LocalDate.of(2024, 1, 6), LocalDate.of(2024, 1, 7)));
        assertEquals(262, WorkloadFromSpec.weekdays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void assetDaysAreUniverseTimesWeekdays() throws Exception {
        SweepWorkload w = WorkloadFromSpec.of(12, json("""
                {"start": "2024-01-01", "end": "2024-01-12", "universe": ["A", "B", "C"]}"""), "s.json");
        assertEquals(12, w.variants());
        assertEquals(3 * 10, w.assetDaysPerVariant(), 1e-9);
        assertEquals(30 * WorkloadFromSpec.CSV_BYTES_PER_ASSET_DAY / 1e6, w.datasetMegabytes(), 1e-12);
    }

    @Test
    void universeMayBeAnObjectOrComeFromFixedWeights() throws Exception {
        assertEquals(2 * 5, WorkloadFromSpec.of(1, json("""
                {"start": "2024-01-01", "end": "2024-01-05", "universe": {"A": null, "B": "2024-01-03"}}"""),
                "s").assetDaysPerVariant(), 1e-9);
        assertEquals(2 * 5, WorkloadFromSpec.of(1, json("""
                {"start": "2024-01-01", "end": "2024-01-05", "alpha": {"type": "fixed", "weights": {"A": 0.6, "B": 0.4}}}"""),
                "s").assetDaysPerVariant(), 1e-9);
    }

    @Test
    void missingPiecesAreNamed() throws Exception {
        PlanInputException noUniverse = assertThrows(PlanInputException.class, () -> WorkloadFromSpec.of(1,
                json("{\"start\": \"2024-01-01\", \"end\": \"2024-01-05\"}"), "s.json"));
        assertTrue(noUniverse.getMessage().startsWith("s.json: base has no \"universe\""), noUniverse.getMessage());
        PlanInputException badDate = assertThrows(PlanInputException.class, () -> WorkloadFromSpec.of(1,
                json("{\"start\": \"2024-13-01\", \"end\": \"2024-01-05\", \"universe\": [\"A\"]}"), "s.json"));
        assertTrue(badDate.getMessage().contains("base.start"), badDate.getMessage());
    }
}
