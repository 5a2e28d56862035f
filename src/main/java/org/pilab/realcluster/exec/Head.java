package org.pilab.realcluster.exec;

import java.nio.file.Path;
import java.util.List;

/**
 * The cluster's head node as pilab reaches it: this machine (pilab runs on the head, or on a
 * machine whose SLURM_CONF points at the cluster) or a node behind ssh. SLURM commands and the
 * few file operations on the shared folder go through here.
 */
public interface Head {

    /** Runs a program there; its exit status is returned, not thrown. */
    CommandResult run(List<String> argv, String stdin);

    default CommandResult run(String... argv) {
        return run(List.of(argv), "");
    }

    boolean isReadableFile(String path);

    void createDirectories(String path);

    /** Writes a file so that it appears whole or not at all (temp file, then rename). */
    void writeFile(String path, String content);

    /**
     * Makes the task result files of {@code dir} readable here: the folder itself on this
     * machine, or a copy in {@code cache} of the files fetched over ssh.
     */
    Path resultsHere(String dir, Path cache);

    /** "this machine" or "pi@pi01", for messages. */
    String describe();
}
