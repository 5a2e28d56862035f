package org.pilab.slurm.conf;

/**
 * One SlurmctldHost line: {@code slurmctl} or {@code slurmctl(10.77.0.1)}. The first line names
 * the primary controller, later lines its backups.
 *
 * @param address the address in parentheses, or null to resolve the host name
 */
public record ControllerHost(String hostname, String address) {

    /** The text after {@code SlurmctldHost=}. */
    public String render() {
        return address == null ? hostname : hostname + "(" + address + ")";
    }
}
