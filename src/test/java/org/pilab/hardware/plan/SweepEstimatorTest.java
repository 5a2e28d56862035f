package org.pilab.hardware.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SweepEstimatorTest {

    private static final LaptopSpeed LAPTOP = new LaptopSpeed(1e-5, 1.0, "test figures", false);
    private static final SweepWorkload WORK = new SweepWorkload(96, 50_000, 2.0, "test");

    private static NodeCapacity node(double slowdown, double speed) {
        return new NodeCapacity(slowdown, speed, 4, 4096, 939);
    }

    @Test
    void doublingTheNodesHalvesTheWavesOfADivisibleSweep() {
        SweepEstimate four = SweepEstimator.estimate(WORK, LAPTOP, node(9, 1), 4, 8);
        SweepEstimate eight = SweepEstimator.estimate(WORK, LAPTOP, node(9, 1), 8, 8);
        assertEquals(16, four.slots());
        assertEquals(6, four.waves());   // 96 variants / 16 slots
        assertEquals(3, eight.waves());
        double computeFour = four.clusterSeconds() - four.stagingSeconds();
        double computeEight = eight.clusterSeconds() - eight.stagingSeconds();
        assertEquals(computeFour / 2, computeEight, 1e-9);
    }

    @Test
    void aPartialWaveCostsAWholeWave() {
        SweepWorkload work = new SweepWorkload(17, 50_000, 0, "test");
        SweepEstimate e = SweepEstimator.estimate(work, LAPTOP, node(9, 1), 4, 8);
        assertEquals(2, e.waves());
        assertEquals(2 * e.piSecondsPerVariant(), e.clusterSeconds(), 1e-9);
    }

    @Test
    void timeScalesWithTheSpeedFactorAndWithThrottling() {
        SweepEstimate pi5 = SweepEstimator.estimate(WORK, LAPTOP, node(3, 1), 4, 8);
        SweepEstimate pi4 = SweepEstimator.estimate(WORK, LAPTOP, node(9, 1), 4, 8);
        SweepEstimate throttled = SweepEstimator.estimate(WORK, LAPTOP, node(9, 0.5), 4, 8);
        assertEquals(3.0, pi4.piSecondsPerVariant() / pi5.piSecondsPerVariant(), 1e-9);
        assertEquals(2.0, throttled.piSecondsPerVariant() / pi4.piSecondsPerVariant(), 1e-9);
        double laptopPerVariant = 1.0 + 50_000 * 1e-5;
        assertEquals(laptopPerVariant * 9, pi4.piSecondsPerVariant(), 1e-9);
    }

    @Test
    void memoryLimitsJobsPerNode() {
        assertEquals(1, new NodeCapacity(9, 1, 4, 1024, 939).jobsPerNode());
        assertEquals(2, new NodeCapacity(9, 1, 4, 2048, 939).jobsPerNode());
        assertEquals(4, new NodeCapacity(9, 1, 4, 4096, 939).jobsPerNode());
        assertEquals(4, new NodeCapacity(9, 1, 4, 8192, 939).jobsPerNode());
        assertEquals(1, new NodeCapacity(9, 1, 4, 512, 939).jobsPerNode());
    }

    @Test
    void stagingGrowsWithNodesAndShrinksWithThroughput() {
        NodeCapacity wired = new NodeCapacity(9, 1, 4, 4096, 800);
        NodeCapacity wifi = new NodeCapacity(9, 1, 4, 4096, 100);
        SweepWorkload work = new SweepWorkload(4, 1000, 100, "test");   // 100 MB = 800 Mb
        assertEquals(4 * 1.0, SweepEstimator.estimate(work, LAPTOP, wired, 4, 8).stagingSeconds(), 1e-9);
        assertEquals(4 * 8.0, SweepEstimator.estimate(work, LAPTOP, wifi, 4, 8).stagingSeconds(), 1e-9);
        assertEquals(8 * 8.0, SweepEstimator.estimate(work, LAPTOP, wifi, 8, 8).stagingSeconds(), 1e-9);
    }

    @Test
    void theLaptopRunsItsCoresInWavesToo() {
        SweepEstimate e = SweepEstimator.estimate(WORK, LAPTOP, node(9, 1), 4, 8);
        assertEquals(12 * e.laptopSecondsPerVariant(), e.laptopSeconds(), 1e-9);   // 96 / 8 cores
        assertTrue(e.clusterOverLaptop() > 1, "16 Pi 4 cores at 1/9 speed lose to 8 laptop cores");
    }
}
