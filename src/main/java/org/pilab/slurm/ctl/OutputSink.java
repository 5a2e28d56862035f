package org.pilab.slurm.ctl;

/**
 * Where job output files go. The controller only names paths (absolute, with %j/%A/%a/%x/%u/%N
 * already replaced); a higher layer maps them to its file system.
 */
public interface OutputSink {

    /** Writes {@code text} to {@code path}, truncating first unless {@code append}. */
    void write(String path, String text, boolean append);

    /** A sink that drops everything (trace replay). */
    OutputSink DISCARD = (path, text, append) -> { };
}
