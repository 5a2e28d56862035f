/**
 * Full-screen terminal screens on Lanterna: the cluster dashboard ({@code pilab top}) and the
 * nano-like editor ({@code nano FILE}). The only layer that uses Lanterna.
 *
 * <p>May use: every layer below shell (engine to lessons, realcluster). It does not need them:
 * each screen defines small immutable input models and the caller (shell, app) fills them, so
 * the screens can be built and tested without a running cluster.</p>
 *
 * <ul>
 *   <li>{@link org.pilab.tui.dashboard}: {@code Dashboard.run(terminal, source, controls)} shows
 *       a {@code DashboardSnapshot} (virtual time, nodes with SLURM state, CPUs, load, memory,
 *       temperature, clock, {@code vcgencmd get_throttled} flags and power; squeue's rows; a Gantt
 *       strip of jobs per node; cluster totals) and asks the {@code DashboardSource} for a new one
 *       every refresh interval unless paused. The caller advances the simulation inside
 *       {@code snapshot()}; the dashboard only paces the loop, through a {@code RefreshClock}
 *       that tests replace with a fake one. {@code DashboardRenderer} draws one frame from a
 *       snapshot and a {@code DashboardView} (paused, speed, focus, scroll) and nothing else.</li>
 *   <li>{@link org.pilab.tui.editor}: {@code Editor.run(terminal, document)} edits a
 *       {@code TextDocument} with nano 7.2's screen layout, keys and messages; the document's
 *       {@code save} decides whether the write is allowed ({@code SaveResult.refused("Permission
 *       denied")} shows nano's "[ Error writing NAME: Permission denied ]").</li>
 *   <li>{@link org.pilab.tui.FullScreenTerminal}: how a caller that may not touch Lanterna (the
 *       JLine shell) hands its console to a screen and gets it back: open one on the console's
 *       streams, run the screen, close it.</li>
 * </ul>
 *
 * <p>Both screens take over the terminal in private mode and leave it as they found it (text,
 * cursor position, visible cursor); they never close a terminal they were given and never exit
 * the process. Tests drive them on Lanterna's {@code DefaultVirtualTerminal}: keys go into its
 * input queue and frames are compared with golden text files in
 * {@code src/test/resources/tui-golden/} (regenerate with {@code -Dtui.golden.update=true}).</p>
 */
package org.pilab.tui;
