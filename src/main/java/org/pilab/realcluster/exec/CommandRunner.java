package org.pilab.realcluster.exec;

import java.time.Duration;
import java.util.List;

/** Runs one program with an argument array (never a shell string) and waits for it. */
public interface CommandRunner {

    /**
     * @param argv    the program and its arguments, one word each
     * @param stdin   text fed to the program's standard input ("" for none)
     * @param timeout how long to wait before the program is killed
     * @throws ClusterException when the program cannot be started or times out
     */
    CommandResult run(List<String> argv, String stdin, Duration timeout);
}
