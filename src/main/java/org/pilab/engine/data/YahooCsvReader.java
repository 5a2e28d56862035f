package org.pilab.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilab.engine.EngineInputException;

/**
 * Reads a Yahoo Finance daily CSV ({@code Date,Open,High,Low,Close,Volume,Adj Close}). Columns
 * are found by header name, so extra or reordered columns are fine; rows may come in any order
 * (Yahoo's own files are newest first); CRLF line ends and a missing final newline are fine.
 * Every problem is reported with the file and line and what to do about it.
 */
public final class YahooCsvReader {

    private static final String[] REQUIRED = {"Date", "Open", "Close", "Adj Close"};

    private YahooCsvReader() {
    }

    /**
     * Reads all bars, sorted by date.
     *
     * @param origin names the file in error messages
     */
    public static List<DailyBar> read(Reader in, String origin) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String header = lines.readLine();
        if (header == null || header.isBlank()) {
            throw new EngineInputException(origin + " line 1: the file is empty; expected a header "
                    + "'Date,Open,High,Low,Close,Volume,Adj Close' and one row per day");
        }
        int[] column = locateColumns(header, origin);
        int needed = Math.max(Math.max(column[0], column[1]), Math.max(column[2], column[3])) + 1;

        List<DailyBar> bars = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        String[] fields = new String[needed];
        String line;
        int lineNo = 1;
        while ((line = lines.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int count = split(line, fields);
            if (count < needed) {
                throw new EngineInputException(origin + " line " + lineNo + ": only " + count
                        + " fields but the header names " + needed + " or more; fix or delete the row");
            }
            LocalDate date = parseDate(fields[column[0]], origin, lineNo);
            double open = parsePrice(fields[column[1]], "Open", origin, lineNo);
            double close = parsePrice(fields[column[2]], "Close", origin, lineNo);
            double adjClose = parsePrice(fields[column[3]], "Adj Close", origin, lineNo);
            Integer earlier = lineOfDate.putIfAbsent(date, lineNo);
            if (earlier != null) {
                throw new EngineInputException(origin + " line " + lineNo + ": date " + date
                        + " appears twice (also on line " + earlier + "); delete one of the rows");
            }
            bars.add(new DailyBar(date, open, close, adjClose));
        }
        if (bars.isEmpty()) {
            throw new EngineInputException(origin + " line " + lineNo
                    + ": no price rows after the header; add one row per trading day");
        }
        bars.sort((a, b) -> a.date().compareTo(b.date()));
        return bars;
    }

    private static int[] locateColumns(String header, String origin) {
        String[] names = header.replace("\uFEFF", "").split(",", -1);
        int[] column = new int[REQUIRED.length];
        for (int r = 0; r < REQUIRED.length; r++) {
            column[r] = -1;
            for (int c = 0; c < names.length; c++) {
                if (names[c].trim().equalsIgnoreCase(REQUIRED[r])) {
                    column[r] = c;
                    break;
                }
            }
            if (column[r] < 0) {
                throw new EngineInputException(origin + " line 1: no '" + REQUIRED[r]
                        + "' column in header '" + header.trim() + "'; the engine needs Date, Open, Close "
                        + "and Adj Close (Yahoo Finance daily CSV layout)");
            }
        }
        return column;
    }

    /** Splits on commas, keeping only as many fields as {@code out} holds; returns the field count. */
    private static int split(String line, String[] out) {
        int count = 0;
        int from = 0;
        while (true) {
            int comma = line.indexOf(',', from);
            if (count < out.length) {
                out[count] = line.substring(from, comma < 0 ? line.length() : comma);
            }
            count++;
            if (comma < 0) {
                return count;
            }
            from = comma + 1;
        }
    }

    private static LocalDate parseDate(String text, String origin, int lineNo) {
        String t = text.trim();
        try {
            // Some exports append a time of day; the date is what matters for daily bars.
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new EngineInputException(origin + " line " + lineNo + ": cannot read date '" + t
                    + "'; write dates as YYYY-MM-DD", e);
        }
    }

    private static double parsePrice(String text, String columnName, String origin, int lineNo) {
        String t = text.trim();
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new EngineInputException(origin + " line " + lineNo + ": cannot read '" + t
                    + "' in column " + columnName + " as a number; fix or delete the row", e);
        }
        if (!Double.isFinite(value)) {
            throw new EngineInputException(origin + " line " + lineNo + ": '" + t + "' in column "
                    + columnName + " is not a finite number; fix or delete the row");
        }
        if (value <= 0.0) {
            throw new EngineInputException(origin + " line " + lineNo + ": " + columnName + " is "
                    + t + " but prices must be positive; fix or delete the row");
        }
        return value;
    }
}
