package org.pilab.engine.synth;

import java.util.SplittableRandom;

/**
 * Standard normal draws from a seeded stream by Box-Muller in StrictMath, so the numbers are
 * the same on every JVM and CPU (library nextGaussian implementations may differ across
 * versions; Math.log may differ across CPUs).
 */
final class Gaussian {

    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    Gaussian(SplittableRandom random) {
        this.random = random;
    }

    double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u1 = 1.0 - random.nextDouble(); // in (0, 1]: log(u1) is finite
        double u2 = random.nextDouble();
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
        double angle = 2.0 * StrictMath.PI * u2;
        spare = radius * StrictMath.sin(angle);
        hasSpare = true;
        return radius * StrictMath.cos(angle);
    }

    double uniform() {
        return random.nextDouble();
    }

    int uniformInt(int bound) {
        return random.nextInt(bound);
    }
}
