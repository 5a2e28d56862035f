package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchFileTest {

    @Test
    void readsTheRateWrittenByPilabBench() {
        LaptopSpeed s = BenchFile.parse("""
                {"asset_days": 41740, "runs": 5, "median_seconds": 0.02, "asset_days_per_second": 2000000.0,
                 "load_seconds": 0.2}""", "bench.json");
        assertEquals(5e-7, s.secondsPerAssetDay(), 1e-15);
        assertEquals(LaptopSpeed.DEFAULT_JOB_START_SECONDS, s.jobStartSeconds());
        assertTrue(s.estimate(), "job start is still the default estimate");
        assertTrue(s.source().contains("bench.json"), s.source());
    }

    @Test
    void aMeasuredJobStartIsUsed() {
        LaptopSpeed s = BenchFile.parse("{\"asset_days_per_second\": 1e6, \"job_start_seconds\": 0.25}", "b");
        assertEquals(0.25, s.jobStartSeconds());
        assertFalse(s.estimate());
    }

    @Test
    void badFilesAreNamed() {
        assertTrue(assertThrows(PlanInputException.class, () -> BenchFile.parse("{\"runs\": 5}", "b.json"))
                .getMessage().startsWith("b.json: \"asset_days_per_second\""));
        assertTrue(assertThrows(PlanInputException.class, () -> BenchFile.parse("{", "b.json"))
                .getMessage().startsWith("b.json: not valid JSON"));
        assertTrue(assertThrows(PlanInputException.class, () -> BenchFile.read(Path.of("no/such/bench.json")))
                .getMessage().contains("pilab bench --json"));
    }
}
