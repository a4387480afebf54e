package dev.descent.charts;

/**
 * Chooses the stretch of one parameter that the landscape (cost as a function of that parameter)
 * shows, and how densely to sample the curve over it.
 *
 * <p>The view is centred on the bottom of the bowl that is drawn, so that both walls are visible, and
 * is wide enough for the start, the visited points and the current point, plus a margin. The bottom is
 * the minimum of the curve shown ({@link #bowlBottom}); for a one-parameter model, or when the other
 * parameters sit at their optimum, that is the least-squares optimum. A diverging run would push the
 * width to astronomical values and flatten the bowl into a line, so the half-width is capped at
 * {@value #MAX_SPANS}× the distance from the bottom to the start: the first few growing oscillations
 * stay visible and the rest leaves the picture. Without a bottom (a flat curve: data that cannot pin the
 * parameter down) the view is centred between the start and the current point.
 */
public final class LandscapeRange {
    /** Space left beyond the farthest point, as a fraction of the half-width. */
    public static final double MARGIN = 0.12;
    /** The half-width never exceeds this many times the distance from the centre to the start. */
    public static final double MAX_SPANS = 3.0;
    /** Fewest and most curve samples. */
    public static final int MIN_SAMPLES = 101;
    public static final int MAX_SAMPLES = 801;
    /** Shown when nothing at all is known. */
    public static final Span DEFAULT = new Span(-1, 1);

    private LandscapeRange() {
    }

    /**
     * The parameter range to show.
     *
     * @param start   where the run started (NaN if unknown)
     * @param trail   values the run visited, in any order; non-finite ones are ignored (may be null)
     * @param count   how many of {@code trail} to use
     * @param current where the run is now (NaN if unknown)
     * @param bottom  where the curve shown is lowest (NaN if it has no minimum)
     */
    public static Span choose(double start, double[] trail, int count, double current, double bottom) {
        double centre;
        if (Double.isFinite(bottom)) {
            centre = bottom;
        } else if (Double.isFinite(start) && Double.isFinite(current)) {
            centre = start / 2 + current / 2;
        } else if (Double.isFinite(start)) {
            centre = start;
        } else if (Double.isFinite(current)) {
            centre = current;
        } else {
            centre = firstFinite(trail, count);
            if (Double.isNaN(centre)) {
                return DEFAULT;
            }
        }

        double far = 0;
        far = farther(far, centre, start);
        far = farther(far, centre, current);
        int n = trail == null ? 0 : Math.min(count, trail.length);
        for (int i = 0; i < n; i++) {
            far = farther(far, centre, trail[i]);
        }

        double base = Double.isFinite(start) ? Math.abs(start - centre) : 0;
        if (base > 0 && Double.isFinite(base)) {
            far = Math.min(far, MAX_SPANS * base);
        }
        if (!(far > 0) || !Double.isFinite(far)) {
            far = Math.max(0.5 * Math.abs(centre), 1.0);
        }
        double half = far * (1 + MARGIN);
        return Span.around(centre - half, centre + half, DEFAULT);
    }

    /**
     * Where the parabola through a point is lowest: {@code value − slope / curvature}, given the slope
     * (the gradient along the parameter) and the curvature (the second derivative, 2·A_jj) there.
     * NaN when the curvature is not positive (a flat or undefined curve).
     */
    public static double bowlBottom(double value, double slope, double curvature) {
        if (!(curvature > 0) || !Double.isFinite(curvature)) {
            return Double.NaN;
        }
        double b = value - slope / curvature;
        return Double.isFinite(b) ? b : Double.NaN;
    }

    /** How many curve samples to take for a plot about {@code widthPixels} wide: about one per 2 pixels. */
    public static int sampleCount(int widthPixels) {
        int n = widthPixels / 2 + 1;
        return Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, n));
    }

    private static double farther(double far, double centre, double v) {
        if (!Double.isFinite(v)) {
            return far;
        }
        double d = Math.abs(v - centre);
        return Double.isFinite(d) ? Math.max(far, d) : far;
    }

    private static double firstFinite(double[] values, int count) {
        if (values == null) {
            return Double.NaN;
        }
        int n = Math.min(count, values.length);
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(values[i])) {
                return values[i];
            }
        }
        return Double.NaN;
    }
}
