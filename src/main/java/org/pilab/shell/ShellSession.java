package org.pilab.shell;

import java.util.List;

/**
 * What the terminal front ends (the interactive JLine shell and the scripted shell) talk to:
 * the learner's session on the virtual lab. It knows where the learner is (which host, user and
 * folder, through ssh hops), runs command lines there, completes words, and reports the status
 * line. It never touches a terminal itself.
 */
public interface ShellSession {

    /** Who and where the learner is now, for the prompt {@code user@host:cwd$}. */
    PromptState prompt();

    /**
     * Runs one command line as the learner typed it (a line may span several, as bash reads
     * continued lines). Output comes back whole, stdout and stderr kept apart; the virtual clock
     * may move (e.g. {@code sleep 5} in scripted mode, or the simulated duration of a command).
     *
     * @param interrupt set by the front end when the learner presses Ctrl-C, so a long-running
     *                  command (sleep, ping without -c, tail -f) can stop early
     */
    CommandOutcome execute(String line, Interrupt interrupt);

    /** Candidates for the word at {@code cursor} in {@code line}: commands, paths, hosts, flags. */
    List<String> complete(String line, int cursor);

    /** One line for the bottom of the screen: the lesson step, the virtual time, the clock speed. */
    String statusLine();

    /**
     * Lets the virtual clock follow real time: called by the interactive front end with the real
     * milliseconds that passed, which the session scales by its clock speed ({@code clock 10x},
     * {@code clock pause}). The scripted shell never calls it, so scripts replay identically.
     */
    void advanceRealTime(long realMillis);

    /** True once the learner has left the top-level host (exit or Ctrl-D on the laptop). */
    boolean finished();
}
