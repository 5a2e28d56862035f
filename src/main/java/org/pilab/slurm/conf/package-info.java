/**
 * slurm.conf as SLURM 22.05 reads it: {@link org.pilab.slurm.conf.SlurmConfParser} turns text
 * into a {@link org.pilab.slurm.conf.SlurmConfig} plus diagnostics worded exactly as slurmctld
 * logs them (always with a line number and a hint), and
 * {@link org.pilab.slurm.conf.SlurmConfWriter} renders a config back in the conventional order
 * for real Pis.
 *
 * <p>slurmctld is the reference: an unknown key is fatal,
 * not a warning; outside NodeName/PartitionName lines each line holds one Key=Value.</p>
 */
package org.pilab.slurm.conf;
