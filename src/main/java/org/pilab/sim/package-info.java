/**
 * The discrete-event kernel: an event queue totally ordered by (time, priority, sequence),
 * the virtual clock, named seeded random streams, tally and time-weighted statistics.
 *
 * <p>Time is a {@code long} count of virtual milliseconds since the start of a run. SLURM
 * reasons in whole seconds, so milliseconds leave room for sub-second effects (network
 * round trips, batch_sched_delay) while keeping arithmetic exact and comparisons cheap.
 * {@link org.pilab.sim.SimTime} converts to and from seconds.</p>
 *
 * <p>May use: the JDK and commons-math3. No wall clock, no unseeded randomness: the same seed
 * replays the same run.</p>
 */
package org.pilab.sim;
