/**
 * SLURM host lists: {@code pi[01-04]}, {@code pi[01,03-04]}, {@code pi01,pi02} expanded to
 * names and compressed back the way SLURM prints them (sinfo's NODELIST, squeue's
 * NODELIST(REASON), scontrol's NodeList=).
 */
package org.pilab.slurm.hostlist;
