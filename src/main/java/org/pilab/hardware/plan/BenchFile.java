package org.pilab.hardware.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads this machine's measured engine speed from the JSON that {@code pilab bench --json FILE}
 * writes. Only two keys matter here: {@code "asset_days_per_second"} (required: engine throughput
 * on one core) and {@code "job_start_seconds"} (optional: the fixed cost of one job; the default
 * estimate is used when it is absent). Other keys are ignored, so the bench may report more.
 */
public final class BenchFile {

    public static final String ASSET_DAYS_PER_SECOND = "asset_days_per_second";
    public static final String JOB_START_SECONDS = "job_start_seconds";

    private BenchFile() {
    }

    public static LaptopSpeed read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new PlanInputException(file + ": no such bench file; write one with `pilab bench --json " + file
                    + "`", e);
        } catch (IOException e) {
            throw new PlanInputException(file + ": cannot read the bench file: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public static LaptopSpeed parse(String text, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new PlanInputException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PlanInputException(source + ": a bench file is a JSON object with \"" + ASSET_DAYS_PER_SECOND
                    + "\"");
        }
        JsonNode rate = root.get(ASSET_DAYS_PER_SECOND);
        if (rate == null || !rate.isNumber() || !(rate.asDouble() > 0)) {
            throw new PlanInputException(source + ": \"" + ASSET_DAYS_PER_SECOND
                    + "\" must be a positive number (engine asset-days per second on one core)");
        }
        double start = LaptopSpeed.DEFAULT_JOB_START_SECONDS;
        boolean startMeasured = false;
        JsonNode startNode = root.get(JOB_START_SECONDS);
        if (startNode != null) {
            if (!startNode.isNumber() || startNode.asDouble() < 0) {
                throw new PlanInputException(source + ": \"" + JOB_START_SECONDS
                        + "\" must be zero or more seconds");
            }
            start = startNode.asDouble();
            startMeasured = true;
        }
        String what = String.format(java.util.Locale.ROOT, "bench %s: %,.0f asset-days/s per core", source,
                rate.asDouble())
                + (startMeasured ? ", " + start + " s per job start" : ", " + start + " s per job start (estimate)");
        return new LaptopSpeed(1.0 / rate.asDouble(), start, what, !startMeasured);
    }
}
