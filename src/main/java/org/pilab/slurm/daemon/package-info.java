/**
 * The SLURM daemons on virtual hosts: slurmctld (which owns the virtual controller while it
 * runs on the head node), slurmd (which registers its node with that controller), their log
 * files, their interplay with munge, and the client commands (sinfo, sbatch, ...) as programs
 * in the hosts' command registry.
 *
 * <p>May use: node, slurm.ctl, slurm.cmd, slurm.conf, hardware, sim.</p>
 */
package org.pilab.slurm.daemon;
