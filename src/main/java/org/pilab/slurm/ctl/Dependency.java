package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.List;

/** One {@code --dependency} term: {@code afterok:12}, {@code afterany:12}, {@code afternotok:12}, {@code after:12}. */
public record Dependency(String type, long jobId) {

    /** Parses {@code afterok:12:13,afterany:14} (comma = all must hold). */
    public static List<Dependency> parseList(String text) {
        List<Dependency> out = new ArrayList<>();
        for (String term : text.split(",")) {
            String[] parts = term.split(":");
            String type = parts[0];
            if (!List.of("after", "afterok", "afterany", "afternotok").contains(type) || parts.length < 2) {
                throw new IllegalArgumentException("Job dependency problem");
            }
            for (int i = 1; i < parts.length; i++) {
                String id = parts[i];
                int us = id.indexOf('_');
                try {
                    out.add(new Dependency(type, Long.parseLong(us >= 0 ? id.substring(0, us) : id)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Job dependency problem");
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return type + ":" + jobId;
    }
}
