package org.pilab.node.service;

/**
 * One journal record.
 *
 * @param timeMillis host wall time (so a skewed clock shows in the log, as on a real Pi)
 * @param hostname   the hostname when written
 * @param unit       the unit it belongs to (for {@code journalctl -u}), or "" for none
 * @param identifier syslog identifier, e.g. {@code systemd} or {@code munged}
 * @param pid        process id in brackets
 * @param message    the text
 */
public record JournalEntry(long timeMillis, String hostname, String unit, String identifier, int pid, String message) {
}
