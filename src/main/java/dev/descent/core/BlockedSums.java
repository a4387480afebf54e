package dev.descent.core;

/**
 * The large-data kernels behind {@link Mse#costAndGradient} and the sufficient statistics: one pass
 * over x and y that sums the squared residuals and the gradient together.
 *
 * <p>Why it is shaped like this. A plain loop adds every term into one running sum, so each point
 * waits for the previous addition to finish (about 4 cycles): the loop runs at the speed of that chain,
 * not of memory. Here the data is cut into blocks of {@value #BLOCK} points; inside a block, four
 * independent partial sums per quantity take every fourth point, so four additions are in flight at
 * once; each block's four partials are added pairwise and the block's total is added to the running
 * total. The order of every addition depends only on N, so a result is bit-identical from run to run
 * and machine to machine (Java's double arithmetic is strict). Rounding error grows with about
 * (BLOCK/4 + N/BLOCK) additions in the worst case instead of N, so it is also more accurate than the
 * plain loop on large data.
 *
 * <p>The terms are the plain loop's terms exactly (the residual is {@link Model#predict} minus y, no
 * fused multiply-add); only the grouping of the additions differs. The factor 2 of the gradient is
 * applied once at the end, which is exact.
 */
final class BlockedSums {
    /** Points per block: 2 × 2048 × 8 bytes = 32 KiB of x and y, well inside the first-level cache. */
    static final int BLOCK = 2048;

    private BlockedSums() {
    }

    /** Sum of squared residuals and Σ x·r over rows 0..n of the line model y = w·x. */
    static double line(double[] x, double[] y, int n, double w, double[] g) {
        double cost = 0;
        double gw = 0;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
            double w0 = 0, w1 = 0, w2 = 0, w3 = 0;
            int i = start;
            for (; i + 3 < end; i += 4) {
                double x0 = x[i], x1 = x[i + 1], x2 = x[i + 2], x3 = x[i + 3];
                double r0 = x0 * w - y[i];
                double r1 = x1 * w - y[i + 1];
                double r2 = x2 * w - y[i + 2];
                double r3 = x3 * w - y[i + 3];
                c0 += r0 * r0;
                c1 += r1 * r1;
                c2 += r2 * r2;
                c3 += r3 * r3;
                w0 += x0 * r0;
                w1 += x1 * r1;
                w2 += x2 * r2;
                w3 += x3 * r3;
            }
            for (; i < end; i++) {
                double r = x[i] * w - y[i];
                c0 += r * r;
                w0 += x[i] * r;
            }
            cost += (c0 + c1) + (c2 + c3);
            gw += (w0 + w1) + (w2 + w3);
        }
        g[0] = 2 * gw;
        return cost;
    }

    /** Sum of squared residuals, Σ x·r and Σ r over rows 0..n of y = w·x + b. */
    static double affine(double[] x, double[] y, int n, double w, double b, double[] g) {
        double cost = 0;
        double gw = 0;
        double gb = 0;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
            double w0 = 0, w1 = 0, w2 = 0, w3 = 0;
            double b0 = 0, b1 = 0, b2 = 0, b3 = 0;
            int i = start;
            for (; i + 3 < end; i += 4) {
                double x0 = x[i], x1 = x[i + 1], x2 = x[i + 2], x3 = x[i + 3];
                double r0 = w * x0 + b - y[i];
                double r1 = w * x1 + b - y[i + 1];
                double r2 = w * x2 + b - y[i + 2];
                double r3 = w * x3 + b - y[i + 3];
                c0 += r0 * r0;
                c1 += r1 * r1;
                c2 += r2 * r2;
                c3 += r3 * r3;
                w0 += x0 * r0;
                w1 += x1 * r1;
                w2 += x2 * r2;
                w3 += x3 * r3;
                b0 += r0;
                b1 += r1;
                b2 += r2;
                b3 += r3;
            }
            for (; i < end; i++) {
                double r = w * x[i] + b - y[i];
                c0 += r * r;
                w0 += x[i] * r;
                b0 += r;
            }
            cost += (c0 + c1) + (c2 + c3);
            gw += (w0 + w1) + (w2 + w3);
            gb += (b0 + b1) + (b2 + b3);
        }
        g[0] = 2 * gw;
        g[1] = 2 * gb;
        return cost;
    }

    /** Sum of squared residuals, Σ x²·r, Σ x·r and Σ r over rows 0..n of y = a·x² + b·x + c. */
    static double quadratic(double[] x, double[] y, int n, double a, double b, double c, double[] g) {
        double cost = 0;
        double ga = 0;
        double gb = 0;
        double gc = 0;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            double c0 = 0, c1 = 0;
            double a0 = 0, a1 = 0;
            double b0 = 0, b1 = 0;
            double k0 = 0, k1 = 0;
            int i = start;
            // Two partial sums per quantity: with four quantities that is already eight chains in flight.
            for (; i + 1 < end; i += 2) {
                double x0 = x[i], x1 = x[i + 1];
                double s0 = x0 * x0, s1 = x1 * x1;
                double r0 = a * s0 + b * x0 + c - y[i];
                double r1 = a * s1 + b * x1 + c - y[i + 1];
                c0 += r0 * r0;
                c1 += r1 * r1;
                a0 += s0 * r0;
                a1 += s1 * r1;
                b0 += x0 * r0;
                b1 += x1 * r1;
                k0 += r0;
                k1 += r1;
            }
            for (; i < end; i++) {
                double xi = x[i];
                double s = xi * xi;
                double r = a * s + b * xi + c - y[i];
                c0 += r * r;
                a0 += s * r;
                b0 += xi * r;
                k0 += r;
            }
            cost += c0 + c1;
            ga += a0 + a1;
            gb += b0 + b1;
            gc += k0 + k1;
        }
        g[0] = 2 * ga;
        g[1] = 2 * gb;
        g[2] = 2 * gc;
        return cost;
    }

    /**
     * The gradient sums (without the factor 2) over the contiguous rows from..to, for mini-batches of
     * large data: four partial sums per component, taking every fourth point, added pairwise at the
     * end. A batch of 32 then waits on 8 dependent additions per sum instead of 32.
     */
    static void batchGradient(Model model, double[] x, double[] y, int from, int to, double[] theta, double[] g) {
        switch (model) {
            case LINE -> {
                double w = theta[0];
                double w0 = 0, w1 = 0, w2 = 0, w3 = 0;
                int i = from;
                for (; i + 3 < to; i += 4) {
                    w0 += x[i] * (x[i] * w - y[i]);
                    w1 += x[i + 1] * (x[i + 1] * w - y[i + 1]);
                    w2 += x[i + 2] * (x[i + 2] * w - y[i + 2]);
                    w3 += x[i + 3] * (x[i + 3] * w - y[i + 3]);
                }
                for (; i < to; i++) {
                    w0 += x[i] * (x[i] * w - y[i]);
                }
                g[0] = 2 * ((w0 + w1) + (w2 + w3));
            }
            case AFFINE -> {
                double w = theta[0];
                double b = theta[1];
                double w0 = 0, w1 = 0, w2 = 0, w3 = 0;
                double b0 = 0, b1 = 0, b2 = 0, b3 = 0;
                int i = from;
                for (; i + 3 < to; i += 4) {
                    double r0 = w * x[i] + b - y[i];
                    double r1 = w * x[i + 1] + b - y[i + 1];
                    double r2 = w * x[i + 2] + b - y[i + 2];
                    double r3 = w * x[i + 3] + b - y[i + 3];
                    w0 += x[i] * r0;
                    w1 += x[i + 1] * r1;
                    w2 += x[i + 2] * r2;
                    w3 += x[i + 3] * r3;
                    b0 += r0;
                    b1 += r1;
                    b2 += r2;
                    b3 += r3;
                }
                for (; i < to; i++) {
                    double r = w * x[i] + b - y[i];
                    w0 += x[i] * r;
                    b0 += r;
                }
                g[0] = 2 * ((w0 + w1) + (w2 + w3));
                g[1] = 2 * ((b0 + b1) + (b2 + b3));
            }
            case QUADRATIC -> {
                double a = theta[0];
                double b = theta[1];
                double c = theta[2];
                double a0 = 0, a1 = 0, b0 = 0, b1 = 0, k0 = 0, k1 = 0;
                int i = from;
                for (; i + 1 < to; i += 2) {
                    double x0 = x[i], x1 = x[i + 1];
                    double s0 = x0 * x0, s1 = x1 * x1;
                    double r0 = a * s0 + b * x0 + c - y[i];
                    double r1 = a * s1 + b * x1 + c - y[i + 1];
                    a0 += s0 * r0;
                    a1 += s1 * r1;
                    b0 += x0 * r0;
                    b1 += x1 * r1;
                    k0 += r0;
                    k1 += r1;
                }
                for (; i < to; i++) {
                    double xi = x[i];
                    double s = xi * xi;
                    double r = a * s + b * xi + c - y[i];
                    a0 += s * r;
                    b0 += xi * r;
                    k0 += r;
                }
                g[0] = 2 * (a0 + a1);
                g[1] = 2 * (b0 + b1);
                g[2] = 2 * (k0 + k1);
            }
        }
    }

    /**
     * The raw moments the sufficient statistics need, blocked the same way: {@code out[k]} = Σ x^k for
     * k = 0..4 (k = 0 is N), {@code out[5 + k]} = Σ x^k·y for k = 0..2, and {@code out[8]} = Σ y².
     * Powers are formed as the plain loop forms φφᵀ: x·x, (x·x)·x, (x·x)·(x·x).
     */
    static double[] moments(double[] x, double[] y, int n) {
        double[] total = new double[9];
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            double s1 = 0, s2 = 0, s3 = 0, s4 = 0, t0 = 0, t1 = 0, t2 = 0, yy = 0;
            for (int i = start; i < end; i++) {
                double xi = x[i];
                double yi = y[i];
                double sq = xi * xi;
                s1 += xi;
                s2 += sq;
                s3 += sq * xi;
                s4 += sq * sq;
                t0 += yi;
                t1 += xi * yi;
                t2 += sq * yi;
                yy += yi * yi;
            }
            total[1] += s1;
            total[2] += s2;
            total[3] += s3;
            total[4] += s4;
            total[5] += t0;
            total[6] += t1;
            total[7] += t2;
            total[8] += yy;
        }
        total[0] = n;
        return total;
    }
}
