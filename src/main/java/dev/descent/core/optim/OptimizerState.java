package dev.descent.core.optim;

import java.util.Arrays;
import java.util.Map;

/**
 * The optimizer's running state as an immutable value: the number of steps taken and its buffers,
 * under PyTorch's names ({@code momentum_buffer}, {@code exp_avg}, {@code exp_avg_sq},
 * {@code square_avg}, {@code sum}). Empty buffers for plain SGD.
 */
public final class OptimizerState {
    private static final String[] NO_NAMES = {};
    private static final double[][] NO_BUFFERS = {};

    private final int steps;
    /** The buffers' names, and copies of the buffers in the same order. */
    private final String[] names;
    private final double[][] buffers;

    /** The state after {@code steps} steps with {@code buffers}, copied (in the map's order). */
    public OptimizerState(int steps, Map<String, double[]> buffers) {
        this.steps = steps;
        this.names = new String[buffers.size()];
        this.buffers = new double[buffers.size()][];
        int i = 0;
        for (Map.Entry<String, double[]> e : buffers.entrySet()) {
            names[i] = e.getKey();
            this.buffers[i++] = e.getValue().clone();
        }
    }

    /**
     * The state with one buffer, copied. The optimizers make one of these per epoch, so it is two arrays
     * and no map: a run at full speed made a hundred megabytes a second of map entries.
     */
    public OptimizerState(int steps, String name, double[] buffer) {
        this.steps = steps;
        this.names = new String[] {name};
        this.buffers = new double[][] {buffer.clone()};
    }

    /** The state with two buffers, copied, in this order. */
    public OptimizerState(int steps, String name, double[] buffer, String otherName, double[] otherBuffer) {
        if (name.equals(otherName)) {
            throw new IllegalArgumentException("two optimizer buffers named " + name);
        }
        this.steps = steps;
        this.names = new String[] {name, otherName};
        this.buffers = new double[][] {buffer.clone(), otherBuffer.clone()};
    }

    private OptimizerState(int steps) {
        this.steps = steps;
        this.names = NO_NAMES;
        this.buffers = NO_BUFFERS;
    }

    public static OptimizerState empty(int steps) {
        return new OptimizerState(steps);
    }

    public int steps() {
        return steps;
    }

    /** The buffer names, in a stable order. */
    public Iterable<String> names() {
        return java.util.List.of(names);
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** A copy of the named buffer. */
    public double[] buffer(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no optimizer buffer named " + name);
        }
        return buffers[i].clone();
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Equal steps and the same buffers by name, whatever their order. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OptimizerState s) || s.steps != steps || s.names.length != names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            int j = s.indexOf(names[i]);
            if (j < 0 || !Arrays.equals(buffers[i], s.buffers[j])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int namesHash = 0;
        for (String n : names) {
            namesHash += n.hashCode();
        }
        return Integer.hashCode(steps) * 31 + namesHash;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OptimizerState[steps=").append(steps);
        for (int i = 0; i < names.length; i++) {
            sb.append(", ").append(names[i]).append('=').append(Arrays.toString(buffers[i]));
        }
        return sb.append(']').toString();
    }
}
