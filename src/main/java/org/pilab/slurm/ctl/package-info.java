/**
 * The virtual slurmctld: nodes, partitions and jobs, the event-driven scheduler (main scheduler
 * plus backfill), select/cons_tres allocation by cores and memory, priorities, job arrays,
 * dependencies, node failures, and the trace replay used by {@code pilab sim}.
 *
 * <p>Time is virtual (whole seconds on the controller's own clock); nothing here reads the wall
 * clock, prints, or depends on a layer above slurm.</p>
 */
package org.pilab.slurm.ctl;
