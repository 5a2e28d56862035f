package org.pilab.hardware;

/** The SoC as slurmd sees it: {@code cores} CPUs, one socket, one thread per core. */
public record CpuSpec(String name, String arch, int cores, int maxClockMhz) {
}
