package org.pilab.hardware;

/**
 * A price in US dollars and the date (ISO, year-month or year-month-day) it applied: prices
 * change, so a bill of materials must say when its prices were true.
 */
public record DatedPrice(double usd, String date, String note, boolean estimate) {
}
