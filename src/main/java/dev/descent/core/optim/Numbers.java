package dev.descent.core.optim;

/** Formatting of hyper-parameters for people: the shortest text that reads back as the same double. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * {@code 0.01} rather than {@code 0.010000}, integers without ".0", {@code 0.0001} rather than Java's
     * {@code 1.0E-4}; below that, {@code 1e-5} and {@code 2.5e-7}. The digits are Java's shortest, so the
     * text reads back as the same double.
     */
    public static String shortest(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (a >= 1e-4 && a < 1e15) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace(".0E", "E").replace('E', 'e');
    }
}
