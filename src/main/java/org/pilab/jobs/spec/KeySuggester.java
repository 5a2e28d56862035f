package org.pilab.jobs.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Picks the valid key a typo most likely meant ("rebalnce" -> "rebalance"). */
public final class KeySuggester {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private KeySuggester() {
    }

    public static Optional<String> closest(String typo, Collection<String> valid) {
        String t = typo.toLowerCase(Locale.ROOT).replace('-', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(t, v.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        // Allow roughly one slip per four characters: close enough to be a typo, not a guess.
        int allowed = Math.max(1, Math.min(3, t.length() / 4));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    public static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }
}
