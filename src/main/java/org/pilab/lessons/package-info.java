/**
 * The lesson catalogue read from lessons/: steps, checks over cluster state and command
 * history, hints, the progress store and scenario/fault set-up.
 *
 * <p>May use: engine, sim, hardware, node, slurm and jobs.</p>
 */
package org.pilab.lessons;
