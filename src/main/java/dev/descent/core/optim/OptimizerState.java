package dev.descent.core.optim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optimizer's running state as an immutable value: the number of steps taken and its buffers,
 * under PyTorch's names ({@code momentum_buffer}, {@code exp_avg}, {@code exp_avg_sq},
 * {@code square_avg}, {@code sum}). Empty buffers for plain SGD.
 */
public final class OptimizerState {
    private final int steps;
    private final Map<String, double[]> buffers;

    public OptimizerState(int steps, Map<String, double[]> buffers) {
        this.steps = steps;
        if (buffers.isEmpty()) {
            // Plain SGD makes one of these per epoch: no map of its own for nothing.
            this.buffers = Map.of();
        } else {
            Map<String, double[]> copy = new LinkedHashMap<>();
            buffers.forEach((k, v) -> copy.put(k, v.clone()));
            this.buffers = copy;
        }
    }

    public static OptimizerState empty(int steps) {
        return new OptimizerState(steps, Map.of());
    }

    public int steps() {
        return steps;
    }

    /** The buffer names, in a stable order. */
    public Iterable<String> names() {
        return buffers.keySet();
    }

    public boolean has(String name) {
        return buffers.containsKey(name);
    }

    /** A copy of the named buffer. */
    public double[] buffer(String name) {
        double[] b = buffers.get(name);
        if (b == null) {
            throw new IllegalArgumentException("no optimizer buffer named " + name);
        }
        return b.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OptimizerState s) || s.steps != steps || !s.buffers.keySet().equals(buffers.keySet())) {
            return false;
        }
        for (var e : buffers.entrySet()) {
            if (!Arrays.equals(e.getValue(), s.buffers.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(steps) * 31 + buffers.keySet().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OptimizerState[steps=").append(steps);
        buffers.forEach((k, v) -> sb.append(", ").append(k).append('=').append(Arrays.toString(v)));
        return sb.append(']').toString();
    }
}
