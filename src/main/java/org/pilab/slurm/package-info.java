/**
 * SLURM as the learner will meet it: slurm.conf parse/validate/write, host lists, time formats,
 * the controller (queue, priority, partitions, arrays, backfill, node states, pending reasons),
 * the daemons' behaviour on a node, and the user commands as pure functions from state to text.
 *
 * <p>May use: sim, hardware and node.</p>
 */
package org.pilab.slurm;
