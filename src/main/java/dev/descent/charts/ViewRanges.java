package dev.descent.charts;

/**
 * The axis ranges of the charts, as pure functions of the data, so that they can be tested without
 * drawing anything. Every result is finite and non-empty whatever the input: non-finite values are
 * ignored, and a run that blows up cannot stretch an axis to infinity.
 */
public final class ViewRanges {
    /** Space around the data of the fit chart, as a fraction of the data's extent. */
    public static final double FIT_MARGIN = 0.08;
    /**
     * How far the model's curve may stretch the fit chart's y axis beyond the data, in multiples of the
     * data's height; a wild model is cut off there rather than squashing the data into a line.
     */
    public static final double MODEL_REACH = 1.0;
    /**
     * The linear cost axis never reaches higher than this many times the starting cost. A cost that
     * explodes leaves the top of the chart (and the chart says so) instead of flattening the whole
     * history into the x axis; the log scale shows all of it.
     */
    public static final double COST_CAP_FACTOR = 3.0;
    /** Headroom above the highest cost shown, as a fraction of it. */
    public static final double COST_HEADROOM = 0.06;
    /**
     * Room below cost 0, as a fraction of the top: a cost near 0 (a converged run, the bottom of the
     * bowl, a flat tangent) is drawn just above the x axis instead of on top of it.
     */
    public static final double COST_FLOOR = 0.025;
    /** The x span of an empty fit chart. */
    public static final Span DEFAULT_X = new Span(0, 1);
    public static final Span DEFAULT_Y = new Span(0, 1);

    private ViewRanges() {
    }

    /** The finite extent of {@code values}, or null when none is finite. */
    public static double[] extent(double[] values, int count) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = values == null ? 0 : Math.min(count, values.length);
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    /** The fit chart's x range: the data's x with a margin. */
    public static Span fitX(double[] xs) {
        double[] e = extent(xs, xs == null ? 0 : xs.length);
        if (e == null) {
            return DEFAULT_X;
        }
        return Span.around(e[0], e[1], DEFAULT_X).padded(FIT_MARGIN);
    }

    /**
     * The fit chart's y range: the data's y, widened to take in the model's curve (whose lowest and
     * highest values over the x range are {@code modelLow}, {@code modelHigh}; NaN when there is no
     * curve) but no further than {@link #MODEL_REACH} data heights beyond the data; then a margin.
     */
    public static Span fitY(double[] ys, double modelLow, double modelHigh) {
        double[] e = extent(ys, ys == null ? 0 : ys.length);
        if (e == null) {
            double[] m = extent(new double[] {modelLow, modelHigh}, 2);
            return m == null ? DEFAULT_Y : Span.around(m[0], m[1], DEFAULT_Y).padded(FIT_MARGIN);
        }
        Span data = Span.around(e[0], e[1], DEFAULT_Y);
        double reach = MODEL_REACH * data.length();
        double lo = data.lower();
        double hi = data.upper();
        if (Double.isFinite(modelLow)) {
            lo = Math.min(lo, Math.max(modelLow, data.lower() - reach));
        }
        if (Double.isFinite(modelHigh)) {
            hi = Math.max(hi, Math.min(modelHigh, data.upper() + reach));
        }
        return Span.around(lo, hi, data).padded(FIT_MARGIN);
    }

    /**
     * Where a curve whose values run from {@code low} to {@code high} lies against {@code view}: 1 wholly
     * above it, -1 wholly below, 0 when some of it shows.
     */
    public static int outside(double low, double high, Span view) {
        return low > view.upper() ? 1 : high < view.lower() ? -1 : 0;
    }

    /** The smaller of two values, either of which may be NaN (none yet). */
    public static double least(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    /** The larger of two values, either of which may be NaN (none yet). */
    public static double most(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** The epoch axis: from the first to the last epoch (at least one epoch wide). */
    public static Span epochs(double first, double last) {
        if (!Double.isFinite(first) || !Double.isFinite(last)) {
            return new Span(0, 1);
        }
        return new Span(first, Math.max(last, first + 1));
    }

    /**
     * The linear cost axis: from (just below) 0 to the highest cost plus headroom, but at most
     * {@link #COST_CAP_FACTOR} × the starting cost.
     *
     * @param highest the highest finite cost so far (NaN when there is none)
     * @param start   the first finite cost of the run (NaN when there is none)
     */
    public static Span costLinear(double highest, double start) {
        double top = highest;
        if (isCapped(highest, start)) {
            top = COST_CAP_FACTOR * start;
        }
        if (!(top > 0) || !Double.isFinite(top)) {
            return new Span(-COST_FLOOR, 1);
        }
        return new Span(-COST_FLOOR * top, top * (1 + COST_HEADROOM));
    }

    /** Whether the linear cost axis cuts off part of the curve. */
    public static boolean isCapped(double highest, double start) {
        return Double.isFinite(start) && start > 0 && Double.isFinite(highest) && highest > COST_CAP_FACTOR * start;
    }

    /**
     * The log cost axis: the positive costs' extent, padded by 5% of the decades it covers on each
     * side, and at least two decades tall (so that at least two powers of ten are labelled).
     */
    public static Span costLog(double lowestPositive, double highestPositive) {
        if (!(lowestPositive > 0) || !(highestPositive > 0) || !Double.isFinite(lowestPositive)
                || !Double.isFinite(highestPositive)) {
            return new Span(0.1, 10);
        }
        double lo = Math.log10(lowestPositive);
        double hi = Math.log10(highestPositive);
        double pad = Math.max(0.05 * (hi - lo), 1.0 - (hi - lo) / 2);
        lo = Math.max(lo - pad, -300);
        hi = Math.min(hi + pad, 300);
        return new Span(Math.pow(10, lo), Math.pow(10, hi));
    }

    /** The landscape's cost axis: from (just below) 0 to the highest cost visible, plus headroom. */
    public static Span landscapeCost(double highestVisible) {
        if (!(highestVisible > 0) || !Double.isFinite(highestVisible)) {
            return new Span(-COST_FLOOR, 1);
        }
        double top = Math.min(highestVisible, Double.MAX_VALUE / 2);
        return new Span(-COST_FLOOR * top, top * (1 + COST_HEADROOM));
    }
}
