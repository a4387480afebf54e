package dev.descent.charts;

/** Picks which points of a long series to draw. */
public final class Decimation {
    private Decimation() {
    }

    /**
     * At most {@code max} indices of {@code 0..n-1}, evenly spread, always including the first and the
     * last, in increasing order; all of them when {@code n ≤ max}.
     */
    public static int[] evenly(int n, int max) {
        if (n < 0 || max < 2) {
            throw new IllegalArgumentException("need n ≥ 0 and max ≥ 2; got n=" + n + ", max=" + max);
        }
        int k = Math.min(n, max);
        int[] idx = new int[k];
        if (k == n) {
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            return idx;
        }
        for (int i = 0; i < k; i++) {
            idx[i] = (int) Math.round((double) i * (n - 1) / (k - 1));
        }
        return idx;
    }

    /**
     * The indices of the points of a path worth drawing: the first, the last, and each point that lies
     * at least {@code minDx} across or {@code minDy} up or down from the last one kept. With steps of
     * a fraction of a pixel as the thresholds, this draws exactly what the eye sees: every one of a
     * run's early, long steps, and one point for thousands of steps that settle on the same pixel.
     * Non-finite points are always kept (they end the drawn line).
     */
    public static int[] byDistance(double[] xs, double[] ys, int n, double minDx, double minDy) {
        if (n < 0 || n > xs.length || n > ys.length) {
            throw new IllegalArgumentException("n must be 0.." + Math.min(xs.length, ys.length) + "; got " + n);
        }
        int[] keep = new int[n];
        int k = 0;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < n; i++) {
            boolean far = !(Math.abs(xs[i] - lastX) < minDx && Math.abs(ys[i] - lastY) < minDy);
            if (i == 0 || i == n - 1 || far) {
                keep[k++] = i;
                lastX = xs[i];
                lastY = ys[i];
            }
        }
        return java.util.Arrays.copyOf(keep, k);
    }
}
