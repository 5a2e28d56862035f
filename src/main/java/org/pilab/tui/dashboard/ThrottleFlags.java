package org.pilab.tui.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * The "happening now" half of {@code vcgencmd get_throttled}: bit 0 under-voltage, bit 1 ARM
 * frequency capped, bit 2 currently throttled, bit 3 soft temperature limit active.
 */
public record ThrottleFlags(boolean underVoltage, boolean frequencyCapped, boolean throttled,
        boolean softTemperatureLimit) {

    private static final ThrottleFlags NONE = new ThrottleFlags(false, false, false, false);

    public static ThrottleFlags none() {
        return NONE;
    }

    /** Reads bits 0-3 of get_throttled's value, e.g. 0x50005 is under-voltage and throttled now. */
    public static ThrottleFlags fromGetThrottled(int value) {
        return new ThrottleFlags((value & 0x1) != 0, (value & 0x2) != 0, (value & 0x4) != 0,
                (value & 0x8) != 0);
    }

    public boolean any() {
        return underVoltage || frequencyCapped || throttled || softTemperatureLimit;
    }

    /** Under-voltage or throttling cost speed and risk the SD card: shown as the worst case. */
    public boolean severe() {
        return underVoltage || throttled;
    }

    /** Short words for the table, most serious first: "uv,thr,cap,soft". */
    public String shortText() {
        List<String> words = new ArrayList<>();
        if (underVoltage) {
            words.add("uv");
        }
        if (throttled) {
            words.add("thr");
        }
        if (frequencyCapped) {
            words.add("cap");
        }
        if (softTemperatureLimit) {
            words.add("soft");
        }
        return words.isEmpty() ? "-" : String.join(",", words);
    }
}
