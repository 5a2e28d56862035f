package org.pilab.node;

import org.pilab.hardware.BoardFamily;
import org.pilab.hardware.Catalogue;
import org.pilab.hardware.Cooling;
import org.pilab.hardware.PiModel;
import org.pilab.hardware.ThermalModel;
import org.pilab.sim.Simulator;

/**
 * Bridges the hardware catalogue to the node layer: a {@link PiModel} becomes a
 * {@link HardwareProfile}, and a {@link ThermalModel} becomes the {@link ThermalProbe} that
 * {@code vcgencmd} reads.
 */
public final class HardwareProfiles {

    private HardwareProfiles() {
    }

    /** The profile for a catalogue id such as {@code pi4-4gb}. */
    public static HardwareProfile byId(String catalogueId) {
        return of(Catalogue.load().model(catalogueId));
    }

    public static HardwareProfile of(PiModel m) {
        String board = switch (m.family()) {
            case PI3 -> "Raspberry Pi 3 Model B Plus Rev 1.3";
            case PI4 -> "Raspberry Pi 4 Model B Rev 1.5";
            case PI5 -> "Raspberry Pi 5 Model B Rev 1.0";
            case ZERO2 -> "Raspberry Pi Zero 2 W Rev 1.0";
        };
        String mac = switch (m.family()) {
            case PI3, ZERO2 -> "b8:27:eb";
            case PI4 -> "dc:a6:32";
            case PI5 -> "2c:cf:67";
        };
        long boot = switch (m.family()) {
            case PI5 -> 18_000;
            case PI4 -> 28_000;
            case PI3 -> 40_000;
            case ZERO2 -> 45_000;
        };
        double idle = m.thermal().idleC().getOrDefault(Cooling.HEATSINK, m.thermal().idleC().get(Cooling.NONE));
        return new HardwareProfile(m.id(), board, m.cores(), m.realMemoryMb() + 2, m.realMemoryMb(), "aarch64", mac, boot,
                idle, m.family() == BoardFamily.PI5 ? "2712" : "v8", m.network().hasEthernet(), m.cpu().maxClockMhz());
    }

    /** A probe that reads a thermal model at the simulator's current time. */
    public static ThermalProbe probe(ThermalModel model, Simulator simulator) {
        return new ThermalProbe() {
            @Override
            public double celsius() {
                model.advanceTo(Math.max(model.time(), simulator.now()));
                return model.temperatureC();
            }

            @Override
            public int throttledBits() {
                model.advanceTo(Math.max(model.time(), simulator.now()));
                return model.throttledBits();
            }

            @Override
            public int armClockMhz() {
                model.advanceTo(Math.max(model.time(), simulator.now()));
                return model.clockMhz();
            }
        };
    }
}
