package org.pilab.slurm.lab;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pilab.hardware.Catalogue;
import org.pilab.hardware.Cooling;
import org.pilab.hardware.PiModel;
import org.pilab.hardware.ThermalModel;
import org.pilab.node.Host;
import org.pilab.node.HostEvent;
import org.pilab.node.ThermalProbe;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.ControllerListener;
import org.pilab.slurm.ctl.Job;
import org.pilab.slurm.daemon.SlurmRuntime;

/**
 * One thermal model per board, driven by the work SLURM puts on it: when a job starts or ends
 * on a node, the board's busy fraction becomes the node's allocated CPUs over its cores. The
 * same model answers vcgencmd on the board and the dashboard's temperature, clock and power.
 */
public final class LabThermals {

    /** get_throttled's "has happened" bits (16-19). */
    private static final int STICKY_MASK = 0xF << 16;

    private final Map<Host, ThermalModel> models = new LinkedHashMap<>();
    /** Sticky bits a board collected since boot under a cooling it no longer has. */
    private final Map<Host, Integer> carriedSticky = new HashMap<>();
    private final SlurmRuntime slurm;

    LabThermals(SlurmRuntime slurm) {
        this.slurm = slurm;
        slurm.onControllerChange(() -> slurm.controller().ifPresent(this::follow));
        slurm.network().addListener(e -> {
            if (e.kind() == HostEvent.Kind.BOOTED && models.containsKey(e.host())) {
                // the firmware clears get_throttled's sticky bits at boot
                replace(e.host(), models.get(e.host()).cooling(), 0);
            }
        });
    }

    /** Gives {@code board} its own model (its cooling) and makes vcgencmd read it. */
    void install(Host board, Cooling cooling) {
        if (!board.hardware().isRaspberryPi()) {
            return;
        }
        replace(board, cooling, 0);
        var sim = board.network().simulator();
        board.thermal(new ThermalProbe() {
            @Override
            public double celsius() {
                return current(board, sim.now()).temperatureC();
            }

            @Override
            public int throttledBits() {
                return current(board, sim.now()).throttledBits() | carriedSticky.getOrDefault(board, 0);
            }

            /** {@code vcgencmd measure_clock arm}: the model's clock, lower while throttled. */
            public int armClockMhz() {
                return current(board, sim.now()).clockMhz();
            }
        });
    }

    /**
     * {@code rack cooling SLOT ...}: the board gets {@code cooling}, working or not. The throttling
     * it saw since boot stays on record (get_throttled's sticky bits) until it reboots. The new
     * model starts at the new cooling's idle temperature under the board's current load.
     *
     * @return false when the board has no thermal model (not a Pi)
     */
    boolean setCooling(Host board, Cooling cooling) {
        ThermalModel old = models.get(board);
        if (old == null) {
            return false;
        }
        int sticky = (current(board, board.network().simulator().now()).throttledBits() & STICKY_MASK)
                | carriedSticky.getOrDefault(board, 0);
        replace(board, cooling, sticky);
        return true;
    }

    /** The cooling {@code board} has now. */
    Optional<Cooling> cooling(Host board) {
        return Optional.ofNullable(models.get(board)).map(ThermalModel::cooling);
    }

    private ThermalModel current(Host board, long now) {
        ThermalModel m = models.get(board);
        m.advanceTo(Math.max(m.time(), now));
        return m;
    }

    private void replace(Host board, Cooling cooling, int sticky) {
        PiModel model = Catalogue.load().model(board.hardware().id());
        long now = board.network().simulator().now();
        ThermalModel m = new ThermalModel(model, cooling, now);
        slurm.controller().map(c -> c.node(board.hostname())).filter(n -> board.isUp())
                .ifPresent(n -> m.setLoad(now, Math.min(1.0, n.allocCpus() / (double) Math.max(1, n.cpus()))));
        models.put(board, m);
        carriedSticky.put(board, sticky);
    }

    /** The board's model brought to the current virtual time. */
    public Optional<ThermalModel> model(Host board) {
        ThermalModel m = models.get(board);
        if (m != null) {
            m.advanceTo(Math.max(m.time(), board.network().simulator().now()));
        }
        return Optional.ofNullable(m);
    }

    private void follow(Controller c) {
        c.addListener(new ControllerListener() {
            @Override
            public void started(Job job) {
                update(c, job);
            }

            @Override
            public void ended(Job job) {
                update(c, job);
            }
        });
    }

    private void update(Controller c, Job job) {
        for (String name : c.nodeNames(job)) {
            var node = c.node(name);
            slurm.hostOfNode(name).ifPresent(h -> {
                ThermalModel m = models.get(h);
                if (m != null && node != null) {
                    long at = Math.max(m.time(), c.now() * 1000 - (h.network().nowMillis() - h.network().simulator().now()));
                    m.setLoad(at, Math.min(1.0, node.allocCpus() / (double) Math.max(1, node.cpus())));
                }
            });
        }
    }
}
