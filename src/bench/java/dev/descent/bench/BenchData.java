package dev.descent.bench;

import dev.descent.core.Dataset;

import java.util.SplittableRandom;

/** The benchmarks' data: points near y = 2x + 1 (x in [−2, 2)), the same for every benchmark and run. */
final class BenchData {
    private BenchData() {
    }

    static Dataset points(int n) {
        SplittableRandom random = new SplittableRandom(20_26L);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * random.nextDouble() - 2;
            y[i] = 2 * x[i] + 1 + 0.5 * (random.nextDouble() - 0.5);
        }
        return Dataset.of(x, y);
    }
}
