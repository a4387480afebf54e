package dev.descent.charts;

import java.util.SplittableRandom;

/**
 * Which points of a large data set a scatter chart draws: a stratified sample. The rows are cut into
 * {@code max} equal runs and one row is drawn at random from each, with a fixed seed, so the sample
 * covers the whole data evenly (in x, for data sorted by x), looks like the data at a glance, and is
 * the same every time for the same size.
 */
public final class ScatterSample {
    private static final long SEED = 0x5EED_D07L;

    private ScatterSample() {
    }

    /** At most {@code max} rows of {@code 0..n-1}, increasing; all of them when {@code n ≤ max}. */
    public static int[] rows(int n, int max) {
        if (n < 0 || max < 1) {
            throw new IllegalArgumentException("need n ≥ 0 and max ≥ 1; got n=" + n + ", max=" + max);
        }
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int[] rows = new int[max];
        for (int i = 0; i < max; i++) {
            int lo = (int) ((long) i * n / max);
            int hi = (int) ((long) (i + 1) * n / max);
            rows[i] = lo + random.nextInt(hi - lo);
        }
        return rows;
    }
}
