package org.pilab.realcluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes the output of one command comparable between real SLURM and the virtual cluster: what
 * depends on the wall clock, the host or the order of ties is replaced, everything else is kept
 * byte for byte. docs/virtual-slurm.md ("Differential fidelity test") lists the same rules.
 */
final class FidelityNormaliser {

    /** SLURM's ISO timestamps (sinfo -R, scontrol, slurmstepd's CANCELLED AT line). */
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
    /**
     * scontrol show node fields that follow boot time, load and memory use, not the workload, and
     * the machine's architecture (the testbed's slurmd runs on the host, not on a Pi).
     */
    private static final Pattern NODE_CLOCK_FIELDS =
            Pattern.compile("\\b(BootTime|SlurmdStartTime|LastBusyTime|ResumeAfterTime|CPULoad|FreeMem|Arch)=\\S+");
    /** scontrol show job fields that name the submitting machine or count wall-clock seconds. */
    private static final Pattern JOB_HOST_FIELDS = Pattern.compile("\\b(AllocNode:Sid|RunTime)=\\S+");
    /** First column of squeue's TIME (%.10M) in the default layout: after %.18i %.9P %.8j %.8u %.2t. */
    private static final int SQUEUE_TIME_START = 18 + 1 + 9 + 1 + 8 + 1 + 8 + 1 + 2 + 1;
    private static final int SQUEUE_TIME_WIDTH = 10;

    private FidelityNormaliser() {
    }

    /** The comparable form of {@code output}, the result of command line {@code probe}. */
    static String normalise(String probe, String output) {
        String text = TIMESTAMP.matcher(output).replaceAll("YYYY-MM-DDTHH:MM:SS");
        if (probe.startsWith("@file ")) {
            // The batch shell's own "Terminated" for its killed child: present or not depending on
            // whether the shell outlives the child by a moment (seen both ways on the testbed).
            text = String.join("", text.lines().filter(l -> !l.equals("Terminated")).map(l -> l + "\n").toList());
        }
        if (probe.startsWith("sinfo -l") || probe.startsWith("sinfo --long")) {
            text = withoutFirstLine(text);
        }
        if (probe.startsWith("scontrol show node")) {
            text = NODE_CLOCK_FIELDS.matcher(text).replaceAll("$1=*");
            // The OS line is the kernel of the machine slurmd runs on: the host's, or a Pi's.
            text = String.join("\n", text.lines().filter(l -> !l.strip().startsWith("OS=")).toList())
                    + (text.endsWith("\n") ? "\n" : "");
        }
        if (probe.startsWith("scontrol show job")) {
            // The submitting host and its session, and the job's own elapsed run time.
            text = JOB_HOST_FIELDS.matcher(text).replaceAll("$1=*");
        }
        if (probe.equals("squeue")) {
            text = maskColumn(text, SQUEUE_TIME_START, SQUEUE_TIME_WIDTH, "M:SS");
        }
        if (probe.startsWith("squeue") || probe.startsWith("sinfo -N")) {
            text = sortedRows(text);
        }
        return text;
    }

    private static String withoutFirstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? "" : text.substring(nl + 1);
    }

    /** Replaces one fixed-width column of every row but the header, keeping the width. */
    static String maskColumn(String text, int start, int width, String marker) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0 && line.length() >= start + width) {
                String padded = " ".repeat(width - marker.length()) + marker;
                line = line.substring(0, start) + padded + line.substring(start + width);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * Rows as a sorted set under the header, where the real order of ties is not defined:
     * squeue sorts by partition, state and priority, and rows equal in those (tasks of one
     * array) come in slurmctld's internal job-list order; {@code sinfo -N} sorts by node name,
     * and one node's partitions come in either order from one call to the next.
     */
    static String sortedRows(String output) {
        List<String> lines = new ArrayList<>(output.lines().toList());
        if (lines.isEmpty()) {
            return output;
        }
        String header = lines.remove(0);
        lines.sort(Comparator.naturalOrder());
        return header + "\n" + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
    }
}
