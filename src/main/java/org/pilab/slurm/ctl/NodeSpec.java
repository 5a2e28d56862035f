package org.pilab.slurm.ctl;

/** One configured node as the controller needs it: name, CPUs and RealMemory (MB). */
public record NodeSpec(String name, int cpus, long realMemoryMb, int sockets, int coresPerSocket, int threadsPerCore) {

    public NodeSpec {
        if (cpus <= 0) {
            throw new IllegalArgumentException("NodeName=" + name + ": CPUs must be positive, got " + cpus);
        }
    }

    /** A node with one socket and one thread per core. */
    public static NodeSpec of(String name, int cpus, long realMemoryMb) {
        return new NodeSpec(name, cpus, realMemoryMb, 1, cpus, 1);
    }
}
