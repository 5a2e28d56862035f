package org.pilab.slurm.ctl;

/**
 * A controller event, totally ordered by (time, priority, sequence) so that runs replay
 * identically: job ends (priority 0) come before node time-outs (priority 1) at the same second.
 */
record Event(long time, int priority, long seq, int kind, Job job, Node node, long token) implements Comparable<Event> {

    static final int JOB_END = 0;
    static final int NODE_TIMEOUT = 1;

    @Override
    public int compareTo(Event o) {
        int c = Long.compare(time, o.time);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(priority, o.priority);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
