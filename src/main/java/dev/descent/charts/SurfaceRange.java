package dev.descent.charts;

/**
 * Chooses the stretch of the two parameters that the cost surface shows: the 2-D counterpart of
 * {@link LandscapeRange}, with the same margin and the same cap.
 *
 * <p>Each axis is centred on the bottom of the bowl and is at least wide enough for the whole contour
 * through the start (so the student sees the valley the run sets off into, and a run whose cost only
 * falls never leaves the picture), and for the start itself. It widens for points the run visits
 * beyond that, but never past {@value LandscapeRange#MAX_SPANS}× that width: a diverging path leaves the
 * picture after its first few growing swings instead of shrinking the bowl to a dot. Without a bottom
 * (data that cannot pin both parameters down) each axis falls back to {@link LandscapeRange#choose}.
 */
public final class SurfaceRange {
    private SurfaceRange() {
    }

    /**
     * The spans to show, across then up.
     *
     * @param bottom    where the cost is lowest, (θ_i, θ_j), or null / NaNs for none
     * @param startHalf half-width and half-height of the contour through the start (NaNs if unknown)
     * @param startX    where the run started (NaN if unknown)
     * @param startY    where the run started (NaN if unknown)
     * @param xs        values visited across; non-finite ones are ignored (may be null)
     * @param ys        values visited up, paired with {@code xs}
     * @param count     how many visited points to use
     */
    public static Span[] choose(double[] bottom, double[] startHalf, double startX, double startY,
                                double[] xs, double[] ys, int count) {
        int n = xs == null || ys == null ? 0 : Math.min(count, Math.min(xs.length, ys.length));
        boolean hasBottom = bottom != null && Double.isFinite(bottom[0]) && Double.isFinite(bottom[1]);
        if (!hasBottom) {
            double currentX = n > 0 ? lastFinite(xs, n) : Double.NaN;
            double currentY = n > 0 ? lastFinite(ys, n) : Double.NaN;
            return new Span[] {
                    LandscapeRange.choose(startX, xs, n, currentX, Double.NaN),
                    LandscapeRange.choose(startY, ys, n, currentY, Double.NaN)};
        }
        double hx = startHalf == null ? Double.NaN : startHalf[0];
        double hy = startHalf == null ? Double.NaN : startHalf[1];
        return new Span[] {axis(bottom[0], hx, startX, xs, n), axis(bottom[1], hy, startY, ys, n)};
    }

    private static Span axis(double centre, double contourHalf, double start, double[] visited, int n) {
        double base = 0;
        if (Double.isFinite(contourHalf)) {
            base = Math.max(base, contourHalf);
        }
        if (Double.isFinite(start) && Double.isFinite(start - centre)) {
            base = Math.max(base, Math.abs(start - centre));
        }
        double far = base;
        if (base > 0) {
            double cap = LandscapeRange.MAX_SPANS * base;
            for (int k = 0; k < n; k++) {
                double d = Math.abs(visited[k] - centre);
                if (Double.isFinite(d)) {
                    far = Math.max(far, Math.min(d, cap));
                }
            }
        }
        if (!(far > 0) || !Double.isFinite(far)) {
            far = Math.max(0.5 * Math.abs(centre), 1.0);
        }
        double half = far * (1 + LandscapeRange.MARGIN);
        return Span.around(centre - half, centre + half, LandscapeRange.DEFAULT);
    }

    private static double lastFinite(double[] v, int n) {
        for (int k = n - 1; k >= 0; k--) {
            if (Double.isFinite(v[k])) {
                return v[k];
            }
        }
        return Double.NaN;
    }
}
