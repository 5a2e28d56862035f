package org.pilab.hardware;

import java.util.List;
import java.util.Map;

/**
 * One Raspberry Pi model from the catalogue.
 *
 * @param realMemoryMb RealMemory as {@code slurmd -C} reports it (MemTotal in MB, below the
 *        nominal RAM): the value to put in slurm.conf
 * @param speedFactor how many times longer a single-threaded job takes than on a laptop core
 * @param prices oldest first: the launch price, then later dated prices
 * @param sources where each figure group (cpu, ramMb, realMemoryMb, speedFactor, power,
 *        thermal, network, prices, psu) comes from
 * @param estimates dotted paths of figures that are estimates (e.g. "thermal.tauSeconds")
 */
public record PiModel(String id, String displayName, BoardFamily family, CpuSpec cpu, int ramMb,
        int realMemoryMb, double speedFactor, PowerSpec power, ThermalSpec thermal,
        NetworkSpec network, List<DatedPrice> prices, String psu, Map<String, String> sources,
        List<String> estimates) {

    /** The figure groups every model must give a source for. */
    public static final List<String> SOURCED_FIELDS = List.of("cpu", "ramMb", "realMemoryMb",
            "speedFactor", "power", "thermal", "network", "prices", "psu");

    public PiModel {
        prices = List.copyOf(prices);
        sources = Map.copyOf(sources);
        estimates = List.copyOf(estimates);
    }

    public int cores() {
        return cpu.cores();
    }

    public DatedPrice launchPrice() {
        return prices.get(0);
    }

    public DatedPrice latestPrice() {
        return prices.get(prices.size() - 1);
    }

    /** True if the figure at {@code path} (or a group containing it) is an estimate. */
    public boolean isEstimate(String path) {
        for (String e : estimates) {
            if (path.equals(e) || path.startsWith(e + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code slurmd -C} prints on this board: the NodeName line, then
     * {@code UpTime=days-hh:mm:ss} (format checked against slurmd 22.05.8).
     */
    public String slurmdC(String nodeName, long uptimeSeconds) {
        if (uptimeSeconds < 0) {
            throw new IllegalArgumentException("uptime must be >= 0 s, got " + uptimeSeconds);
        }
        return slurmdConfigLine(nodeName) + "\n" + String.format(java.util.Locale.ROOT,
                "UpTime=%d-%02d:%02d:%02d", uptimeSeconds / 86_400, uptimeSeconds / 3_600 % 24,
                uptimeSeconds / 60 % 60, uptimeSeconds % 60) + "\n";
    }

    /** The NodeName line slurmd -C would print for this board (Pi cores are one socket). */
    public String slurmdConfigLine(String nodeName) {
        return "NodeName=" + nodeName + " CPUs=" + cores() + " Boards=1 SocketsPerBoard=1"
                + " CoresPerSocket=" + cores() + " ThreadsPerCore=1 RealMemory=" + realMemoryMb;
    }
}
