/**
 * The discrete-event kernel: an event queue totally ordered by (time, priority, sequence),
 * the virtual clock, named seeded random streams, tally and time-weighted statistics.
 *
 * <p>May use: the JDK and commons-math3. No wall clock, no unseeded randomness: the same seed
 * replays the same run.</p>
 */
package org.pilab.sim;
