package org.pilab.slurm.ctl;

/**
 * A job's output and error files: their paths ({@code %j %A %a %x %u %N %%} replaced, relative
 * paths under the working directory) and what gets written there, including slurmstepd's
 * closing line when the job is cut short.
 */
final class JobOutput {

    private final OutputSink sink;
    private final Node[] nodes;

    JobOutput(OutputSink sink, Node[] nodes) {
        this.sink = sink;
        this.nodes = nodes;
    }

    String firstNode(Job j) {
        return j.allocNodes.length == 0 ? "" : nodes[j.allocNodes[0]].name();
    }

    /** At start: the files exist (truncated unless --open-mode=append). */
    void open(Job j) {
        if (sink == OutputSink.DISCARD) {
            return;
        }
        sink.write(path(j, false), "", j.openAppend);
        if (j.errorPattern != null) {
            sink.write(path(j, true), "", j.openAppend);
        }
    }

    /**
     * At the end: what the payload printed in its first {@code upTo} seconds, then
     * {@code stepdLine} (if any) on the error stream.
     */
    void append(Job j, long upTo, String stepdLine) {
        if (sink == OutputSink.DISCARD) {
            return;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        boolean split = j.errorPattern != null && !path(j, true).equals(path(j, false));
        for (OutputLine l : j.result.output()) {
            if (l.atSecond() < upTo || (l.atSecond() == upTo && stepdLine == null)) {
                (split && l.stderr() ? err : out).append(l.text());
            }
        }
        if (stepdLine != null) {
            (split ? err : out).append(stepdLine);
        }
        sink.write(path(j, false), out.toString(), true);
        if (split) {
            sink.write(path(j, true), err.toString(), true);
        }
    }

    /** The output (or error) file path, made absolute. */
    String path(Job j, boolean error) {
        return path(j, error, false);
    }

    /** @param arrayRecord the array's own record, whose %a is NO_VAL-1 until a task splits off */
    String path(Job j, boolean error, boolean arrayRecord) {
        String pattern = error && j.errorPattern != null ? j.errorPattern : j.outputPattern;
        if (pattern == null) {
            pattern = j.isArrayTask() ? "slurm-%A_%a.out" : "slurm-%j.out";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                sb.append(c);
                continue;
            }
            char k = pattern.charAt(++i);
            switch (k) {
                case 'j' -> sb.append(j.id);
                case 'A' -> sb.append(j.isArrayTask() ? j.arrayJobId : j.id);
                case 'a' -> sb.append(j.isArrayTask() && !arrayRecord ? Integer.toString(j.arrayTaskId) : "4294967294");
                case 'x' -> sb.append(j.name);
                case 'u' -> sb.append(j.user);
                case 'N' -> sb.append(firstNode(j));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(k);
            }
        }
        String path = sb.toString();
        if (!path.startsWith("/")) {
            path = (j.workDir.endsWith("/") ? j.workDir : j.workDir + "/") + path;
        }
        return path;
    }
}
