package dev.descent.charts;

/**
 * A closed interval of an axis, always finite and with {@code lower < upper}. The view maths of the
 * charts works in spans so that it can be tested without any chart library.
 */
public record Span(double lower, double upper) {

    public Span {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("a span needs finite bounds with lower < upper; got [" + lower
                    + ", " + upper + "]");
        }
    }

    /**
     * The span from {@code lo} to {@code hi}, widened around their middle when they are (nearly) equal so
     * that it is never empty; {@code fallback} when either is not finite.
     */
    public static Span around(double lo, double hi, Span fallback) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return fallback;
        }
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        double minWidth = Math.max(1e-9, 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
        if (b - a < minWidth) {
            double mid = a / 2 + b / 2;
            double half = Math.max(Math.abs(mid) * 0.5, 0.5);
            a = mid - half;
            b = mid + half;
        }
        if (!Double.isFinite(b - a)) {
            return fallback;
        }
        return new Span(a, b);
    }

    public double length() {
        return upper - lower;
    }

    public double middle() {
        return lower / 2 + upper / 2;
    }

    public boolean contains(double v) {
        return v >= lower && v <= upper;
    }

    /** This span widened by {@code fraction} of its length on each side. */
    public Span padded(double fraction) {
        return padded(fraction, fraction);
    }

    /** This span widened by a fraction of its length below and another above; itself if that overflows. */
    public Span padded(double lowerFraction, double upperFraction) {
        double len = length();
        double lo = lower - lowerFraction * len;
        double hi = upper + upperFraction * len;
        return Double.isFinite(lo) && Double.isFinite(hi) && lo < hi ? new Span(lo, hi) : this;
    }

    /** {@code n} evenly spaced values from lower to upper, both included ({@code n ≥ 2}). */
    public double[] sample(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 samples; got " + n);
        }
        double[] v = new double[n];
        double len = length();
        for (int i = 0; i < n; i++) {
            v[i] = lower + len * i / (n - 1);
        }
        v[n - 1] = upper;
        return v;
    }
}
