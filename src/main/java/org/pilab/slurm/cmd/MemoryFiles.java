package org.pilab.slurm.cmd;

import java.util.Map;
import java.util.TreeMap;
import org.pilab.slurm.ctl.OutputSink;

/** An in-memory file store for scripted runs: scripts to submit and the jobs' output files. */
public final class MemoryFiles implements OutputSink {

    private final Map<String, String> files = new TreeMap<>();

    @Override
    public void write(String path, String text, boolean append) {
        files.merge(path, text, (old, add) -> append ? old + add : add);
        if (!append) {
            files.put(path, text);
        }
    }

    public String read(String path) {
        return files.get(path);
    }

    public void put(String path, String text) {
        files.put(path, text);
    }

    /** Every file, by absolute path. */
    public Map<String, String> all() {
        return Map.copyOf(files);
    }
}
