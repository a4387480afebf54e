package dev.descent.charts;

import dev.descent.core.analysis.CostSurface;

import java.util.Arrays;

/**
 * Lines of equal cost on a grid, by marching squares: each square of four neighbouring grid values that
 * straddles the level contributes one segment (two at a saddle), with its ends placed on the square's
 * edges by linear interpolation. Plain Java, so it can be tested without drawing anything.
 */
public final class ContourLines {
    private ContourLines() {
    }

    /**
     * The segments of the contour {@code z = level} of a grid whose value at ({@code xs[c]}, {@code ys[r]}) is
     * {@code z[r·xs.length + c]}, as a flat array {@code x1, y1, x2, y2, x1, y1, …} (four numbers per segment).
     * Squares with a non-finite corner are skipped.
     */
    public static double[] segments(double[] xs, double[] ys, double[] z, double level) {
        int nx = xs.length;
        int ny = ys.length;
        if (z.length != nx * ny) {
            throw new IllegalArgumentException("a " + nx + "×" + ny + " grid needs " + nx * ny + " values; got "
                    + z.length);
        }
        double[] out = new double[64];
        int n = 0;
        for (int r = 0; r + 1 < ny; r++) {
            for (int c = 0; c + 1 < nx; c++) {
                double z00 = z[r * nx + c];
                double z10 = z[r * nx + c + 1];
                double z11 = z[(r + 1) * nx + c + 1];
                double z01 = z[(r + 1) * nx + c];
                if (!Double.isFinite(z00) || !Double.isFinite(z10) || !Double.isFinite(z11) || !Double.isFinite(z01)) {
                    continue;
                }
                int index = (z00 >= level ? 1 : 0) | (z10 >= level ? 2 : 0) | (z11 >= level ? 4 : 0)
                        | (z01 >= level ? 8 : 0);
                if (index == 0 || index == 15) {
                    continue;
                }
                double x0 = xs[c];
                double x1 = xs[c + 1];
                double y0 = ys[r];
                double y1 = ys[r + 1];
                // Where the level crosses each edge: bottom (00–10), right (10–11), top (01–11), left (00–01).
                double bx = x0 + (x1 - x0) * fraction(z00, z10, level);
                double ry = y0 + (y1 - y0) * fraction(z10, z11, level);
                double tx = x0 + (x1 - x0) * fraction(z01, z11, level);
                double ly = y0 + (y1 - y0) * fraction(z00, z01, level);
                if (out.length < n + 8) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                switch (index) {
                    case 1, 14 -> n = put(out, n, x0, ly, bx, y0);
                    case 2, 13 -> n = put(out, n, bx, y0, x1, ry);
                    case 3, 12 -> n = put(out, n, x0, ly, x1, ry);
                    case 4, 11 -> n = put(out, n, x1, ry, tx, y1);
                    case 6, 9 -> n = put(out, n, bx, y0, tx, y1);
                    case 7, 8 -> n = put(out, n, x0, ly, tx, y1);
                    case 5, 10 -> {
                        // A saddle: the centre decides which corners are joined.
                        double centre = (z00 + z10 + z11 + z01) / 4;
                        boolean centreAbove = centre >= level;
                        if ((index == 5) == centreAbove) {
                            n = put(out, n, x0, ly, tx, y1);
                            n = put(out, n, bx, y0, x1, ry);
                        } else {
                            n = put(out, n, x0, ly, bx, y0);
                            n = put(out, n, x1, ry, tx, y1);
                        }
                    }
                    default -> throw new IllegalStateException("marching squares case " + index);
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The contour of a cost grid. */
    public static double[] segments(CostSurface.Grid grid, double level) {
        return segments(grid.xs(), grid.ys(), grid.cost(), level);
    }

    private static double fraction(double a, double b, double level) {
        double d = b - a;
        if (d == 0) {
            return 0.5;
        }
        double t = (level - a) / d;
        return t < 0 ? 0 : (t > 1 ? 1 : t);
    }

    private static int put(double[] out, int n, double x1, double y1, double x2, double y2) {
        out[n] = x1;
        out[n + 1] = y1;
        out[n + 2] = x2;
        out[n + 3] = y2;
        return n + 4;
    }
}
