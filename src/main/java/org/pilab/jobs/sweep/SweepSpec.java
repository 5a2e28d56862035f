package org.pilab.jobs.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter sweep: a base backtest spec and a grid of dotted paths into it.
 *
 * <p>Task ids enumerate the grid's Cartesian product like nested loops written in the grid's
 * order: the first axis is the outermost loop and the last axis varies fastest. So with
 * {@code {"a": [1, 2], "b": [10, 20, 30]}} task 0 is (1, 10), task 1 is (1, 20), task 3 is
 * (2, 10). The mapping depends only on the spec file, so the same id means the same variant
 * on this machine, in the virtual cluster and on real Pis.</p>
 *
 * @param source where the spec came from, for messages
 * @param base   the base backtest spec
 * @param axes   the grid, in the order written
 */
public record SweepSpec(String source, ObjectNode base, List<GridAxis> axes) {

    public SweepSpec {
        base = base.deepCopy();
        axes = List.copyOf(axes);
    }

    @Override
    public ObjectNode base() {
        return base.deepCopy();
    }

    /**
     * A short fingerprint of the base and the grid: task results carry it, so results of two
     * different sweeps (or of an edited sweep) in one folder are never ranked together.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder(base.toString());
        for (GridAxis axis : axes) {
            canonical.append('\n').append(axis.path()).append('=').append(axis.values());
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The number of variants, as a long because a careless grid can overflow an int. */
    public long size() {
        long n = 1;
        for (GridAxis axis : axes) {
            n = Math.multiplyExact(n, axis.size());
        }
        return n;
    }

    /** The variant that array task {@code task} runs. */
    public Variant variant(int task) {
        long size = size();
        if (task < 0 || task >= size) {
            throw new IllegalArgumentException(
                    "task " + task + " is outside this sweep: its tasks are 0-" + (size - 1));
        }
        Map<String, JsonNode> params = new LinkedHashMap<>();
        int[] index = new int[axes.size()];
        long rest = task;
        for (int i = axes.size() - 1; i >= 0; i--) {
            int n = axes.get(i).size();
            index[i] = (int) (rest % n);
            rest /= n;
        }
        ObjectNode spec = base.deepCopy();
        for (int i = 0; i < axes.size(); i++) {
            GridAxis axis = axes.get(i);
            JsonNode value = axis.values().get(index[i]);
            params.put(axis.path(), value);
            SpecPaths.set(spec, axis.path(), value);
        }
        return new Variant(task, params, spec);
    }
}
