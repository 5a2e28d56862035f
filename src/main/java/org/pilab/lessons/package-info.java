/**
 * The lesson catalogue read from lessons/: steps, checks over cluster state and command
 * history, hints, the progress store and scenario/fault set-up.
 *
 * <p>May use: engine, sim, hardware, node, slurm and jobs. Prints nothing: everything returns text.</p>
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link org.pilab.lessons.catalogue.Catalogue#locate}: the lessons of a clone or of the jar.</li>
 *   <li>{@link org.pilab.lessons.tutor.Tutor}: the in-shell commands, {@code afterCommand(line)} and
 *       {@code statusLine()} for the lesson shell.</li>
 *   <li>{@link org.pilab.lessons.verify.Verifier}: {@code pilab lessons verify}.</li>
 *   <li>{@link org.pilab.lessons.progress.ProgressStore}: {@code ~/.pilab/progress.json}.</li>
 *   <li>{@link org.pilab.lessons.lab.LabFactory}: where labs come from ({@code SlurmLabFactory}).</li>
 * </ul>
 */
package org.pilab.lessons;
