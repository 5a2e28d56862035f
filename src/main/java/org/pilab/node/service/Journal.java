package org.pilab.node.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** The host's systemd journal: every unit's log lines in order. */
public final class Journal {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final List<JournalEntry> entries = new ArrayList<>();
    private final LongSupplier clock;
    private final Supplier<String> hostname;

    public Journal(LongSupplier clock, Supplier<String> hostname) {
        this.clock = clock;
        this.hostname = hostname;
    }

    public void log(String unit, String identifier, int pid, String message) {
        entries.add(new JournalEntry(clock.getAsLong(), hostname.get(), unit, identifier, pid, message));
    }

    /** A line from systemd (pid 1) about {@code unit}. */
    public void systemd(String unit, String message) {
        log(unit, "systemd", 1, message);
    }

    public List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public List<JournalEntry> forUnit(String unit) {
        String u = unit.endsWith(".service") ? unit.substring(0, unit.length() - ".service".length()) : unit;
        return entries.stream().filter(e -> e.unit().equals(u)).toList();
    }

    /** {@code Nov 25 17:05:00 pi01 munged[812]: message}: journalctl's short format. */
    public static String format(JournalEntry e) {
        return SHORT.format(Instant.ofEpochMilli(e.timeMillis())) + " " + e.hostname() + " " + e.identifier()
                + "[" + e.pid() + "]: " + e.message();
    }
}
