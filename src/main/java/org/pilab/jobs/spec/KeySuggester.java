package org.pilab.jobs.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Picks the valid key a typo most likely meant ("rebalnce" -> "rebalance"). */
public final class KeySuggester {

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
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
