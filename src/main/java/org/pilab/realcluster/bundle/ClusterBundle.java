package org.pilab.realcluster.bundle;

import java.util.ArrayList;
import java.util.List;

/** Every file of a bundle, made from a plan (nothing is written here). */
public final class ClusterBundle {

    private ClusterBundle() {
    }

    public static List<BundleFile> files(ClusterPlan plan) {
        List<BundleFile> files = new ArrayList<>();
        files.add(BundleFile.text("README.md", BundleReadme.render(plan)));
        for (ClusterNode n : plan.nodes()) {
            files.addAll(FirstBootFiles.forNode(plan, n));
        }
        files.add(BundleFile.text("hosts", NetworkFiles.hosts(plan)));
        files.add(BundleFile.text("slurm.conf", BundleSlurmConf.render(plan)));
        files.add(BundleFile.text("cgroup.conf", CgroupConf.render(plan.os())));
        files.add(BundleFile.text("exports", NetworkFiles.exports(plan)));
        files.add(BundleFile.text("fstab", NetworkFiles.fstab(plan)));
        files.addAll(BootstrapFiles.files(plan));
        files.addAll(SbatchTemplates.files(plan));
        return files;
    }
}
