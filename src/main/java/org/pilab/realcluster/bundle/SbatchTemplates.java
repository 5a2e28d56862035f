package org.pilab.realcluster.bundle;

import java.util.List;
import java.util.Optional;
import org.pilab.realcluster.submit.SbatchScript;

/**
 * Two example batch scripts for the bundle, the same ones {@code pilab cluster submit} writes:
 * a single backtest and a sweep array throttled to one task per core of the cluster.
 */
public final class SbatchTemplates {

    private SbatchTemplates() {
    }

    public static List<BundleFile> files(ClusterPlan plan) {
        String shared = plan.sharedDir() + "/pilab";
        String jar = shared + "/pilab.jar";
        SbatchScript backtest = new SbatchScript("pilab-sixty_forty", "short", "30:00", Optional.empty(),
                Optional.empty(), 1, "512m", jar, shared + "/specs/sixty_forty.json",
                shared + "/runs/sixty_forty/results", shared + "/runs/sixty_forty/logs", shared + "/runs/sixty_forty",
                null);
        int cores = plan.nodeCount() * plan.model().cores();
        SbatchScript sweep = new SbatchScript("pilab-momentum_sweep", "short", "30:00", Optional.of(120),
                Optional.of(cores), 1, "512m", jar, shared + "/specs/momentum_sweep.json",
                shared + "/runs/momentum_sweep/results", shared + "/runs/momentum_sweep/logs",
                shared + "/runs/momentum_sweep", null);
        return List.of(BundleFile.text("sbatch/backtest.sbatch", backtest.render()),
                BundleFile.text("sbatch/sweep.sbatch", sweep.render()));
    }
}
