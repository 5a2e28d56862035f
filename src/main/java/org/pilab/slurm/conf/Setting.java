package org.pilab.slurm.conf;

/**
 * A global Key=Value line, key in SLURM's canonical spelling, value exactly as written (quotes
 * removed). Path and plugin keys are only ever kept and shown like this.
 */
public record Setting(String key, String value) {
}
