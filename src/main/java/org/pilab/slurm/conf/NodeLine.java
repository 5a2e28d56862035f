package org.pilab.slurm.conf;

import java.util.Locale;
import java.util.Map;

/**
 * One NodeName line as written: {@code names} is a host list ({@code pi[01-04]}) or
 * {@code DEFAULT}. Unset fields are null; a DEFAULT line's values apply to the NodeName lines
 * after it (see {@link SlurmConfig#nodes()}).
 *
 * @param extras other node keys SLURM accepts (Gres, TmpDisk, Reason, ...) by canonical name
 */
public record NodeLine(String names, String nodeAddr, String nodeHostname, Integer cpus,
        Integer boards, Integer socketsPerBoard, Integer coresPerSocket, Integer threadsPerCore,
        Long realMemory, String state, Long weight, String features,
        Map<String, String> extras) {

    public NodeLine {
        extras = Map.copyOf(extras);
    }

    /** A node line with only a name and the fields a Pi needs. */
    public static NodeLine of(String names, String nodeAddr, int cpus, long realMemory) {
        return new NodeLine(names, nodeAddr, null, cpus, null, null, null, null, realMemory,
                null, null, null, Map.of());
    }

    public boolean isDefault() {
        return names.toUpperCase(Locale.ROOT).equals("DEFAULT");
    }
}
