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
}
