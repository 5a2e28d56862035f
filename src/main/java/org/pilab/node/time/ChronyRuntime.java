package org.pilab.node.time;

/**
 * What a running chronyd holds: the configuration it read at start (edits need a restart, as
 * for the real daemon), its pid, and the source it synchronised to with the resulting stratum.
 */
final class ChronyRuntime {

    private final ChronyConfig config;
    private final int pid;
    private final long firstPollAtMillis;
    private String selectedName;
    private int stratum;

    ChronyRuntime(ChronyConfig config, int pid, long firstPollAtMillis) {
        this.config = config;
        this.pid = pid;
        this.firstPollAtMillis = firstPollAtMillis;
    }

    ChronyConfig config() {
        return config;
    }

    int pid() {
        return pid;
    }

    /** Virtual time of the first answers (iburst), before which every source shows {@code ^?}. */
    long firstPollAtMillis() {
        return firstPollAtMillis;
    }

    /** The configured name of the selected source, or null before a selection. */
    String selectedName() {
        return selectedName;
    }

    /** This host's stratum once synchronised (the source's plus one), 0 before. */
    int stratum() {
        return stratum;
    }

    void selected(String name, int newStratum) {
        this.selectedName = name;
        this.stratum = newStratum;
    }
}
