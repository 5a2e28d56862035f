package org.pilab.node;

/**
 * What the node layer needs to know about a machine. The hardware layer's catalogue maps onto
 * this; {@link #PI4_4GB} and friends are the defaults until it does.
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
 */
public record HardwareProfile(String id, String model, int cpus, int memoryMb, int realMemoryMb, String arch,
                              String macPrefix, long bootMillis, double idleCelsius, String kernelFlavour,
                              boolean hasEthernet) {

    public static final HardwareProfile PI4_4GB = new HardwareProfile("pi4-4gb", "Raspberry Pi 4 Model B Rev 1.5", 4,
            3796, 3794, "aarch64", "dc:a6:32", 28_000, 48.7, "v8", true);
    public static final HardwareProfile PI4_8GB = new HardwareProfile("pi4-8gb", "Raspberry Pi 4 Model B Rev 1.5", 4,
            7813, 7811, "aarch64", "dc:a6:32", 28_000, 48.7, "v8", true);
    public static final HardwareProfile PI5_8GB = new HardwareProfile("pi5-8gb", "Raspberry Pi 5 Model B Rev 1.0", 4,
            8052, 8050, "aarch64", "2c:cf:67", 18_000, 52.1, "2712", true);
    public static final HardwareProfile PI3B_PLUS = new HardwareProfile("pi3b+", "Raspberry Pi 3 Model B Plus Rev 1.3",
            4, 906, 904, "aarch64", "b8:27:eb", 40_000, 51.5, "v8", true);
    /** The learner's own machine. */
    public static final HardwareProfile LAPTOP = new HardwareProfile("laptop", "Laptop", 8, 15687, 15685, "x86_64",
            "3c:52:82", 15_000, 45.0, "generic", true);

    public boolean isRaspberryPi() {
        return !"x86_64".equals(arch);
    }
}
