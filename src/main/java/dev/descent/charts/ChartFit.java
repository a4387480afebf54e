package dev.descent.charts;

/**
 * How large a chart's text is for the place it has, so that the plot keeps most of the room: full,
 * projector size (the fonts of {@link ChartStyle}) in a place as large as the layout of a slide
 * ({@link ChartPng}'s), and smaller in proportion down to {@link #SMALLEST} of it in a small place.
 * Presentation mode asks for larger text ({@link #PRESENTATION_BOOST} times), up to
 * {@link #LARGEST_PRESENTED}.
 */
public final class ChartFit {
    /** The smallest text, as a share of full size: 14-pixel titles, 9.5-pixel tick labels. */
    public static final float SMALLEST = 0.5f;
    /** How much larger presentation mode makes the text for the same place. */
    public static final double PRESENTATION_BOOST = 1.6;
    /** The smallest text in presentation mode, as a share of full size. */
    public static final float SMALLEST_PRESENTED = 0.68f;
    /** The largest text in presentation mode, as a share of full size. */
    public static final float LARGEST_PRESENTED = 1.3f;

    private ChartFit() {
    }

    /**
     * The text scale for a chart drawn {@code width} × {@code height} pixels, larger when
     * {@code presenting}; 1 (full size) for a place not laid out yet.
     */
    public static float textScale(double width, double height, boolean presenting) {
        if (!(width > 0) || !(height > 0)) {
            return 1f;
        }
        double k = Math.min(width / ChartPng.LAYOUT_WIDTH, height / ChartPng.LAYOUT_HEIGHT);
        if (presenting) {
            return (float) Math.max(SMALLEST_PRESENTED, Math.min(LARGEST_PRESENTED, k * PRESENTATION_BOOST));
        }
        return (float) Math.max(SMALLEST, Math.min(1.0, k));
    }
}
