package org.pilab.node;

/**
 * What the node layer needs to know about a machine. The hardware layer's catalogue maps onto
 * this through {@link HardwareProfiles#of} (Pis come from the catalogue; only the laptop is
 * defined here).
 *
 * @param id            catalogue id, e.g. {@code pi4-4gb}
 * @param model         /proc/device-tree/model text
 * @param cpus          cores
 * @param memoryMb      installed RAM as {@code free} reports the total
 * @param realMemoryMb  what {@code slurmd -C} prints as RealMemory
 * @param arch          uname machine
 * @param macPrefix     the vendor OUI of its network interfaces
 * @param bootMillis    power-on to SSH reachable
 * @param idleCelsius   SoC temperature at idle in open air
 * @param kernelFlavour suffix of the Raspberry Pi kernel release ({@code v8}, {@code 2712})
 * @param hasEthernet   whether eth0 exists (a Zero 2 W has none)
 * @param maxClockMhz   the CPU clock when nothing throttles it
 */
public record HardwareProfile(String id, String model, int cpus, int memoryMb, int realMemoryMb, String arch,
                              String macPrefix, long bootMillis, double idleCelsius, String kernelFlavour,
                              boolean hasEthernet, int maxClockMhz) {

    /** The learner's own machine. */
    public static final HardwareProfile LAPTOP = new HardwareProfile("laptop", "Laptop", 8, 15687, 15685, "x86_64",
            "3c:52:82", 15_000, 45.0, "generic", true, 2800);

    public boolean isRaspberryPi() {
        return !"x86_64".equals(arch);
    }
}
