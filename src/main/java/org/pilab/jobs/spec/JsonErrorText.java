package org.pilab.jobs.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in words a learner can act on: no parser feature names to "enable",
 * no "[Source: REDACTED ...]" locations (the caller puts file:line:col in front), and plain advice
 * for the JSON mistakes people make (NaN, comments, single quotes, a cut-off file).
 */
public final class JsonErrorText {

    /** "(start marker at [Source: ...; line: 1, column: 1])" and any other bracketed source. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\((start marker at )?\\[Source:[^\\]]*\\]\\)|\\s*\\[Source:[^\\]]*\\]");
    /** ": enable `JsonReadFeature.X` to allow" and "(... Feature 'X' not enabled for parser)". */
    private static final Pattern FEATURE_HINT = Pattern.compile(
            ":?\\s*enable `?[A-Za-z.]+`? to allow|\\s*\\([^()]*Feature '[A-Z_]+' not enabled for parser\\)");

    private JsonErrorText() {
    }

    /** {@code :LINE:COL} of the error, or empty when Jackson knows none. */
    public static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

    /** What is wrong and what to write instead, on one line. */
    public static String problem(JsonProcessingException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String firstLine = raw.lines().findFirst().orElse("").strip();
        if (firstLine.contains("'NaN'") || firstLine.contains("Infinity'")) {
            return "NaN and Infinity are not JSON numbers; write a finite number such as 0.5";
        }
        if (firstLine.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (cut off?): a closing } or ] or \" is missing";
        }
        if (firstLine.contains("comment")) {
            return "JSON allows no comments (// or /* */); remove them";
        }
        if (firstLine.contains("(''') (code 39)")) {
            return "JSON strings and keys take double quotes \"...\", not single quotes";
        }
        String text = FEATURE_HINT.matcher(SOURCE.matcher(firstLine).replaceAll("")).replaceAll("").strip();
        return text.isEmpty() ? "not valid JSON" : text;
    }
}
