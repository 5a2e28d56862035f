/**
 * A job as data: backtest and sweep specs (JSON), array-task expansion and result files.
 * {@code pilab job run} is the one entry point that runs inside a virtual job and inside a real
 * sbatch job on a Pi.
 *
 * <p>May use: engine (and jackson for the spec files).</p>
 */
package org.pilab.jobs;
