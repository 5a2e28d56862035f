package org.pilab.slurm.ctl;

/**
 * One configured node as the controller needs it: name, CPUs, RealMemory (MB), its layout, and
 * the NodeAddr and NodeHostname slurm.conf gives it (both default to the name).
 */
public record NodeSpec(String name, int cpus, long realMemoryMb, int sockets, int coresPerSocket, int threadsPerCore,
        String address, String hostname) {

    public NodeSpec {
        if (cpus <= 0) {
            throw new IllegalArgumentException("NodeName=" + name + ": CPUs must be positive, got " + cpus);
        }
        address = address == null || address.isEmpty() ? name : address;
        hostname = hostname == null || hostname.isEmpty() ? name : hostname;
    }

    /** A node reached under its own name. */
    public NodeSpec(String name, int cpus, long realMemoryMb, int sockets, int coresPerSocket, int threadsPerCore) {
        this(name, cpus, realMemoryMb, sockets, coresPerSocket, threadsPerCore, name, name);
    }

    /** A node with one socket and one thread per core. */
    public static NodeSpec of(String name, int cpus, long realMemoryMb) {
        return new NodeSpec(name, cpus, realMemoryMb, 1, cpus, 1);
    }
}
