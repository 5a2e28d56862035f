package org.pilab.sim;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Named, independently seeded random streams derived from one master seed. Each stream's seed
 * is a hash of (master seed, name), so adding a new stream (say, for Wi-Fi jitter) never
 * shifts the numbers another stream (say, job run times) produces: runs stay comparable when
 * the model grows.
 */
public final class RandomStreams {

    private final long masterSeed;
    private final Map<String, SplittableRandom> streams = new HashMap<>();

    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    public long masterSeed() {
        return masterSeed;
    }

    /**
     * The stream called {@code name}; the same object on every call, so successive draws
     * continue the sequence.
     */
    public SplittableRandom stream(String name) {
        return streams.computeIfAbsent(requireName(name), n -> new SplittableRandom(seedFor(n)));
    }

    /** A new generator at the start of the named sequence, independent of {@link #stream}. */
    public SplittableRandom freshStream(String name) {
        return new SplittableRandom(seedFor(requireName(name)));
    }

    /** The seed the stream {@code name} starts from. */
    public long seedFor(String name) {
        long h = 0xcbf29ce484222325L; // FNV-1a 64-bit offset basis
        for (byte b : requireName(name).getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        // SplitMix64 finaliser: spreads close names (pi01, pi02) to unrelated seeds.
        return mix(mix(masterSeed) ^ h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "stream name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a random stream needs a non-empty name");
        }
        return name;
    }
}
