package org.pilab.hardware.plan;

/**
 * How long a sweep takes on the planned cluster and on this machine.
 *
 * @param variants                the number of variants
 * @param slots                   jobs the cluster runs at once (nodes times jobs per node)
 * @param jobsPerNode             jobs one node runs at once
 * @param waves                   rounds of jobs: ceil(variants / slots)
 * @param laptopSecondsPerVariant one variant on one core of this machine, in seconds
 * @param piSecondsPerVariant     one variant on one node's core, throttling included, in seconds
 * @param stagingSeconds          every node reading the dataset over the shared link, in seconds
 * @param clusterSeconds          staging plus all waves, in seconds
 * @param laptopCores             cores on this machine running variants side by side
 * @param laptopSeconds           the whole sweep on this machine, in seconds
 * @param speedSource             where the laptop speed came from (a bench file or the default estimate)
 */
public record SweepEstimate(long variants, int slots, int jobsPerNode, long waves, double laptopSecondsPerVariant,
        double piSecondsPerVariant, double stagingSeconds, double clusterSeconds, int laptopCores,
        double laptopSeconds, String speedSource) {

    /** How many times longer the cluster takes than this machine (below 1: the cluster is faster). */
    public double clusterOverLaptop() {
        return clusterSeconds / laptopSeconds;
    }
}
