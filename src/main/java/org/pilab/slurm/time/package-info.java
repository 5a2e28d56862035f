/**
 * SLURM's time formats: limits as users type them ({@code 30}, {@code 1:30:00},
 * {@code 2-12}, {@code UNLIMITED}) and durations as squeue, sinfo, scontrol and sacct print
 * them ({@code 0:03}, {@code 1-00:00:00}, {@code infinite}, {@code 00:30:00}).
 */
package org.pilab.slurm.time;
