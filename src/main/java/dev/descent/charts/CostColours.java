package dev.descent.charts;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serial;

/**
 * The colours of the cost surface: a sequential scale from near white (low cost, the valley) through
 * light blue to deep navy (high cost, the walls), whose lightness falls steadily, so that "darker" always
 * means "higher" — for colour-blind viewers and in greyscale print too. The anchors are interpolated in
 * the OKLab colour space, where equal steps look like equal changes.
 *
 * <p>The scale works on log₁₀ of the cost (see {@link SurfaceChart}), between a lower and an upper
 * bound; values outside are clamped. Precomputed into a table, so a lookup allocates nothing.
 */
public final class CostColours implements PaintScale {
    @Serial
    private static final long serialVersionUID = 1L;

    /** From low to high: the valley's colour first. Lightness decreases along the list. */
    private static final Color[] ANCHORS = {
            new Color(0xFF, 0xFD, 0xF4),
            new Color(0xDC, 0xEC, 0xF3),
            new Color(0x9C, 0xC8, 0xE0),
            new Color(0x55, 0x93, 0xC4),
            new Color(0x2A, 0x5A, 0x9A),
            new Color(0x17, 0x2A, 0x5C),
    };
    private static final int STEPS = 256;
    private static final Color[] TABLE = table();

    private final double lower;
    private final double upper;

    /** A scale from {@code lower} to {@code upper} (in the units stored in the dataset: log₁₀ cost). */
    public CostColours(double lower, double upper) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("a colour scale needs finite bounds with lower < upper; got ["
                    + lower + ", " + upper + "]");
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colourAt(Double.isNaN(value) ? 1 : (value - lower) / (upper - lower));
    }

    /** The colour at a fraction of the way from the low end (0) to the high end (1), clamped. */
    public static Color colourAt(double fraction) {
        double f = fraction < 0 ? 0 : (fraction > 1 ? 1 : fraction);
        return TABLE[(int) Math.round(f * (STEPS - 1))];
    }

    /** OKLab lightness (0 black … 1 white) of a colour: the quantity that falls along this scale. */
    public static double lightness(Color c) {
        return oklab(c)[0];
    }

    private static Color[] table() {
        double[][] lab = new double[ANCHORS.length][];
        for (int k = 0; k < ANCHORS.length; k++) {
            lab[k] = oklab(ANCHORS[k]);
        }
        Color[] t = new Color[STEPS];
        for (int s = 0; s < STEPS; s++) {
            double pos = (double) s / (STEPS - 1) * (ANCHORS.length - 1);
            int k = Math.min((int) pos, ANCHORS.length - 2);
            double u = pos - k;
            double[] mix = new double[3];
            for (int d = 0; d < 3; d++) {
                mix[d] = lab[k][d] + (lab[k + 1][d] - lab[k][d]) * u;
            }
            t[s] = fromOklab(mix);
        }
        return t;
    }

    // ---- OKLab (Björn Ottosson, 2020): linear sRGB -> LMS -> cube root -> Lab, and back ----------------

    private static double[] oklab(Color c) {
        double r = toLinear(c.getRed() / 255.0);
        double g = toLinear(c.getGreen() / 255.0);
        double b = toLinear(c.getBlue() / 255.0);
        double l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
        double m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
        double s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
        return new double[] {
                0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
                1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
                0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s,
        };
    }

    private static Color fromOklab(double[] lab) {
        double l = lab[0] + 0.3963377774 * lab[1] + 0.2158037573 * lab[2];
        double m = lab[0] - 0.1055613458 * lab[1] - 0.0638541728 * lab[2];
        double s = lab[0] - 0.0894841775 * lab[1] - 1.2914855480 * lab[2];
        l = l * l * l;
        m = m * m * m;
        s = s * s * s;
        double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
        double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
        double b = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
        return new Color(channel(r), channel(g), channel(b));
    }

    private static double toLinear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int channel(double linear) {
        double v = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostColours c && c.lower == lower && c.upper == upper;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lower) * 31 + Double.hashCode(upper);
    }
}
