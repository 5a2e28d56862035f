package org.pilab.slurm.lab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pilab.hardware.Catalogue;
import org.pilab.hardware.Cooling;
import org.pilab.hardware.PiModel;
import org.pilab.hardware.ThermalModel;
import org.pilab.node.HardwareProfiles;
import org.pilab.node.Host;
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

    private final Map<Host, ThermalModel> models = new LinkedHashMap<>();
    private final SlurmRuntime slurm;

    LabThermals(SlurmRuntime slurm) {
        this.slurm = slurm;
        slurm.onControllerChange(() -> slurm.controller().ifPresent(this::follow));
    }

    /** Gives {@code board} its own model (its cooling) and makes vcgencmd read it. */
    void install(Host board, Cooling cooling) {
        if (!board.hardware().isRaspberryPi()) {
            return;
        }
        PiModel model = Catalogue.load().model(board.hardware().id());
        var sim = board.network().simulator();
        ThermalModel m = new ThermalModel(model, cooling, sim.now());
        models.put(board, m);
        board.thermal(HardwareProfiles.probe(m, sim));
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
