package org.pilab.slurm.swf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads SWF traces.
 *
 * <p>Policy: records with unknown run time (-1), or with neither requested nor allocated
 * processors, cannot be replayed; they are always skipped and counted. A malformed line
 * (not 18 fields, a field that is not a number, a negative value other than -1) is an error by
 * default, because a silently shortened trace gives misleading results; {@link #lenient()}
 * skips and counts such lines instead, for archive traces known to contain a few.</p>
 */
public final class SwfReader {

    public static final int FIELDS = 18;
    private static final int MAX_PROBLEMS_KEPT = 20;
    private static final String[] NAMES = {"job number", "submit time", "wait time", "run time",
        "allocated processors", "average CPU time", "used memory", "requested processors",
        "requested time", "requested memory", "status", "user id", "group id",
        "application number", "queue number", "partition number", "preceding job number",
        "think time"};

    private final boolean lenient;

    private SwfReader(boolean lenient) {
        this.lenient = lenient;
    }

    /** Fails on the first malformed line. */
    public static SwfReader strict() {
        return new SwfReader(false);
    }

    /** Skips and counts malformed lines. */
    public static SwfReader lenient() {
        return new SwfReader(true);
    }

    public SwfTrace read(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in, path.toString());
        }
    }

    public SwfTrace read(String text, String source) {
        try {
            return read(new StringReader(text), source);
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    /** @param source the name used in messages (usually the file name) */
    public SwfTrace read(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<SwfJob> jobs = new ArrayList<>();
        Map<String, String> header = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int unknownRunTime = 0;
        int unknownSize = 0;
        int malformed = 0;
        int lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith(";")) {
                readHeader(trimmed, header);
                continue;
            }
            SwfJob job;
            try {
                job = parse(trimmed, lineNumber, source);
            } catch (SwfFormatException e) {
                if (!lenient) {
                    throw e;
                }
                malformed++;
                if (problems.size() < MAX_PROBLEMS_KEPT) {
                    problems.add(e.getMessage());
                }
                continue;
            }
            if (job.runTime() < 0) {
                unknownRunTime++;
            } else if (job.processors() < 1) {
                unknownSize++;
            } else {
                jobs.add(job);
            }
        }
        return new SwfTrace(jobs, header, unknownRunTime, unknownSize, malformed, problems);
    }

    private static void readHeader(String comment, Map<String, String> header) {
        String body = comment.substring(1).strip();
        int colon = body.indexOf(':');
        if (colon > 0 && body.substring(0, colon).matches("[A-Za-z][A-Za-z0-9 _-]*")) {
            header.putIfAbsent(body.substring(0, colon).strip(), body.substring(colon + 1).strip());
        }
    }

    private static SwfJob parse(String line, int lineNumber, String source) {
        String[] f = line.split("\\s+");
        if (f.length != FIELDS) {
            throw new SwfFormatException(source, lineNumber, "expected " + FIELDS
                    + " fields, found " + f.length + " (an SWF record has job number, submit"
                    + " time, ... think time; -1 for unknown)");
        }
        double[] v = new double[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            try {
                v[i] = Double.parseDouble(f[i]);
            } catch (NumberFormatException e) {
                throw new SwfFormatException(source, lineNumber, "field " + (i + 1) + " ("
                        + NAMES[i] + ") is \"" + f[i] + "\", not a number");
            }
            if (Double.isNaN(v[i]) || Double.isInfinite(v[i])) {
                throw new SwfFormatException(source, lineNumber, "field " + (i + 1) + " ("
                        + NAMES[i] + ") is \"" + f[i] + "\", not a finite number");
            }
            if (v[i] < 0 && v[i] != -1) {
                throw new SwfFormatException(source, lineNumber, "field " + (i + 1) + " ("
                        + NAMES[i] + ") is " + f[i] + ": values are >= 0, or -1 for unknown");
            }
            boolean fractionAllowed = i == 5 || i == 6 || i == 9;
            if (!fractionAllowed && v[i] != Math.rint(v[i])) {
                throw new SwfFormatException(source, lineNumber, "field " + (i + 1) + " ("
                        + NAMES[i] + ") is " + f[i] + ": a whole number is expected");
            }
        }
        return new SwfJob((long) v[0], (long) v[1], (long) v[2], (long) v[3], (long) v[4], v[5],
                v[6], (long) v[7], (long) v[8], v[9], (int) v[10], (long) v[11], (long) v[12],
                (long) v[13], (long) v[14], (long) v[15], (long) v[16], (long) v[17], lineNumber);
    }
}
