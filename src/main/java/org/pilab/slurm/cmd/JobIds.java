package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.List;
import org.pilab.slurm.ctl.ArraySpec;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.Job;

/** Resolves job id text ({@code 12}, {@code 12_3}, {@code 12_[1-3]}) to the controller's jobs. */
final class JobIds {

    private JobIds() {
    }

    /** True if the text is syntactically a job id SLURM accepts. */
    static boolean valid(String text) {
        return text.matches("[0-9]+(_([0-9]+|\\[[0-9,:%\\-]+\\]))?");
    }

    /** The jobs the text names (empty if none, including purged ones). */
    static List<Job> resolve(Controller c, String text) {
        List<Job> out = new ArrayList<>();
        int us = text.indexOf('_');
        long base = Long.parseLong(us < 0 ? text : text.substring(0, us));
        List<Job> tasks = c.arrayTasks(base);
        if (us < 0) {
            if (!tasks.isEmpty()) {
                out.addAll(tasks);
            } else {
                Job j = c.job(base);
                if (j != null) {
                    out.add(j);
                }
            }
        } else {
            String sel = text.substring(us + 1);
            if (sel.startsWith("[")) {
                sel = sel.substring(1, sel.length() - 1);
            }
            List<Integer> wanted = ArraySpec.parse(sel, Integer.MAX_VALUE).indices();
            for (Job t : tasks) {
                if (wanted.contains(t.arrayTaskId())) {
                    out.add(t);
                }
            }
        }
        out.removeIf(c::isPurged);
        return out;
    }
}
