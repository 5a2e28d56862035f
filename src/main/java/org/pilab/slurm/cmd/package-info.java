/**
 * The SLURM user commands (sbatch, squeue, sinfo, scancel, scontrol, sacct, srun, sprio) as pure
 * functions from controller state and arguments to the exact text SLURM 22.05 prints, plus
 * {@link org.pilab.slurm.cmd.VirtualCluster}, the scripted entry point the shell drives.
 */
package org.pilab.slurm.cmd;
