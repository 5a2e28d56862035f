package org.pilab.slurm.conf;

import java.util.List;

/**
 * One node after host lists are expanded and NodeName=DEFAULT values applied, with SLURM's
 * defaults for anything unset (1 CPU, 1 MB RealMemory, state UNKNOWN, weight 1).

 */
public record NodeConfig(String name, String address, String hostname, int cpus, int boards,
        int sockets, int coresPerSocket, int threadsPerCore, long realMemoryMb, String state,
        long weight, List<String> features) {

    public NodeConfig {
        features = List.copyOf(features);
    }
}
