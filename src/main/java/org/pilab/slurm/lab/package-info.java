/**
 * The virtual lab: hosts on a network, SLURM daemons wired to one virtual controller, the
 * starting scenarios (fresh, networked, slurm-ready, scenario files, a given slurm.conf) and the
 * named faults of the troubleshooting lesson.
 *
 * <p>May use: node, slurm (ctl, cmd, conf, daemon), hardware, sim.</p>
 */
package org.pilab.slurm.lab;
