/**
 * Real-cluster mode: the config bundle generator for physical Pis and the client for real
 * sbatch/squeue/sinfo/sacct/ssh. The only layer that starts processes (ProcessBuilder, with
 * argument arrays, never a shell string).
 *
 * <p>May use: engine, hardware, slurm (its slurm.conf writer) and jobs.</p>
 */
package org.pilab.realcluster;
