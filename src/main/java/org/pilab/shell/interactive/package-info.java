/**
 * The interactive lesson shell on JLine: {@link org.pilab.shell.interactive.InteractiveShell}.
 *
 * <p>What a {@link org.pilab.shell.ShellSession} gets from this front end, and must give:</p>
 * <ul>
 *   <li>Every call (prompt, execute, complete, statusLine, advanceRealTime, finished, an
 *       EditableFile's text/save, a DashboardSource's snapshot) comes from one thread,
 *       "pilab-session", one at a time: the session need not be thread-safe, but must not
 *       hand work to other threads that call back into it.</li>
 *   <li>{@code execute} may take as long as the command needs; it should poll its
 *       {@link org.pilab.shell.Interrupt} (Ctrl-C) in anything long (sleep, ping, tail -f) and
 *       return soon after it is raised. Output comes back whole; stdout then stderr is printed.</li>
 *   <li>Ctrl-D on an empty line is sent as the line {@code exit}: the session prints what bash
 *       would (logout, Connection to pi1 closed.) and leaves one ssh hop or finishes.</li>
 *   <li>{@code complete(line, cursor)} gets the whole line and the cursor; each candidate is a
 *       whole word that replaces the word under the cursor and starts with what was typed of it;
 *       a folder ends in "/" (no space is added after it). An answer later than 2 s is dropped.</li>
 *   <li>{@code advanceRealTime(ms)} is called about every 200 ms with the real milliseconds
 *       since the last call, but never for time spent inside {@code execute} (the command moves
 *       the clock itself) or while the dashboard runs (its source advances the simulation on
 *       each refresh). While the editor is open it keeps ticking. {@code statusLine()} follows
 *       each tick and each command, on terminals that can show a status line.</li>
 *   <li>A {@code fullScreen} request is run after the command's output is printed, unless the
 *       session finished; the terminal is handed over and taken back (one owner at a time).</li>
 *   <li>Line editing, history (~/.pilab/history, written atomically, never fatal), Ctrl-R and
 *       Tab are JLine's, with Emacs keys; a dumb terminal reads plain lines (JLine's choice).</li>
 * </ul>
 */
package org.pilab.shell.interactive;
