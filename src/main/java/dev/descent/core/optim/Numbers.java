package dev.descent.core.optim;

/** Formatting of hyper-parameters for people: the shortest text that reads back as the same double. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code 0.01} rather than {@code 0.010000}, {@code 1.0E-4} kept as Java writes it, integers without ".0". */
    public static String shortest(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
