package org.pilab.slurm.conf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The SchedulerParameters the virtual controller honours, with SLURM 22.05's defaults.
 *
 * @param bfIntervalSeconds seconds between backfill passes (bf_interval, default 30)
 * @param bfWindowMinutes how far ahead backfill plans (bf_window, default 1440)
 * @param bfResolutionSeconds backfill's time granularity (bf_resolution, default 60)
 * @param bfMaxJobTest jobs backfill examines per pass (bf_max_job_test, default 100)
 * @param batchSchedDelaySeconds how long a batch job may wait for an event-triggered pass
 *        (batch_sched_delay, default 3)
 * @param defaultQueueDepth jobs an event-triggered pass looks at (default_queue_depth, 100)
 * @param schedIntervalSeconds seconds between full main-scheduler passes (sched_interval, 60)
 * @param others every other option as written (flags such as bf_continue map to "")
 */
public record SchedulerParameters(int bfIntervalSeconds, int bfWindowMinutes,
        int bfResolutionSeconds, int bfMaxJobTest, int batchSchedDelaySeconds,
        int defaultQueueDepth, int schedIntervalSeconds, Map<String, String> others) {

    public static final SchedulerParameters DEFAULTS =
            new SchedulerParameters(30, 1440, 60, 100, 3, 100, 60, Map.of());

    public SchedulerParameters {
        others = Map.copyOf(others);
    }

    /** Parses {@code bf_interval=5,batch_sched_delay=0}; bad values are reported and ignored. */
    public static SchedulerParameters parse(String raw, Consumer<String> errors) {
        int[] v = {30, 1440, 60, 100, 3, 100, 60};
        Map<String, String> others = new LinkedHashMap<>();
        if (raw != null && !raw.isBlank()) {
            for (String option : raw.split(",")) {
                if (option.isBlank()) {
                    continue;
                }
                int eq = option.indexOf('=');
                String name = (eq < 0 ? option : option.substring(0, eq)).trim()
                        .toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : option.substring(eq + 1).trim();
                int slot = switch (name) {
                    case "bf_interval" -> 0;
                    case "bf_window" -> 1;
                    case "bf_resolution" -> 2;
                    case "bf_max_job_test" -> 3;
                    case "batch_sched_delay" -> 4;
                    case "default_queue_depth" -> 5;
                    case "sched_interval" -> 6;
                    default -> -1;
                };
                if (slot < 0) {
                    others.put(name, value);
                    continue;
                }
                try {
                    int parsed = Integer.parseInt(value);
                    // bf_interval and default_queue_depth must be positive; the rest may be 0.
                    boolean ok = (slot == 0 || slot == 1 || slot == 2 || slot == 5) ? parsed >= 1
                            : parsed >= 0;
                    if (!ok) {
                        throw new NumberFormatException();
                    }
                    v[slot] = parsed;
                } catch (NumberFormatException e) {
                    errors.accept("Invalid SchedulerParameters " + name + ": " + value);
                }
            }
        }
        return new SchedulerParameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], others);
    }
}
