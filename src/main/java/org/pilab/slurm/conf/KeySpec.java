package org.pilab.slurm.conf;

/** A key slurm.conf accepts: its canonical spelling (used in SLURM's messages) and type. */
record KeySpec(String name, ValueType type) {
}
