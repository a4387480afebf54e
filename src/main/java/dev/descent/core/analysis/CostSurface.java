package dev.descent.core.analysis;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;

import java.util.Optional;

/**
 * The cost over two chosen parameters, θ_i across and θ_j up, with every other parameter held at a
 * given value: the slice of the quadratic bowl that a 2-D surface chart draws.
 *
 * <p>Because the cost is an exact quadratic, the slice is
 * {@code cost(θ) = cost(θ₀) + g·d + dᵀHd} with {@code d = (θ_i − θ₀_i, θ_j − θ₀_j)}, H the 2×2 block of A
 * for (i, j), and g the gradient at a reference point θ₀ on the slice. The reference is the bottom of the
 * slice when it has one, and its cost and gradient come from the data directly, once: so each grid cell
 * costs a handful of multiplications however many points there are, and the values near the valley,
 * where the eye looks, carry no cancellation error. Immutable.
 */
public final class CostSurface {
    private final Model model;
    private final int i;
    private final int j;
    private final double[] reference;
    private final double referenceCost;
    private final double gi;
    private final double gj;
    private final double hii;
    private final double hij;
    private final double hjj;
    private final boolean hasBottom;
    private final boolean throughOptimum;

    private CostSurface(Model model, int i, int j, double[] reference, double referenceCost, double gi, double gj,
                        double hii, double hij, double hjj, boolean hasBottom, boolean throughOptimum) {
        this.model = model;
        this.i = i;
        this.j = j;
        this.reference = reference;
        this.referenceCost = referenceCost;
        this.gi = gi;
        this.gj = gj;
        this.hii = hii;
        this.hij = hij;
        this.hjj = hjj;
        this.hasBottom = hasBottom;
        this.throughOptimum = throughOptimum;
    }

    /**
     * The slice through {@code held} over parameters i and j (the values of θ_i and θ_j in {@code held}
     * do not matter). O(N) once, for the cost and gradient at the reference point.
     *
     * @throws IllegalArgumentException if i and j are not two different parameters of the model, or held
     *                                  has the wrong length or a non-finite value
     */
    public static CostSurface of(QuadraticCost quadratic, Dataset data, int i, int j, double[] held) {
        Model model = quadratic.model();
        int p = model.parameterCount();
        if (i < 0 || j < 0 || i >= p || j >= p || i == j) {
            throw new IllegalArgumentException("a cost surface needs two different parameters of " + model.formula()
                    + " (it has " + p + "); got indices " + i + " and " + j);
        }
        if (held.length != p) {
            throw new IllegalArgumentException("the held point has " + held.length + " values but "
                    + model.formula() + " has " + p + " parameters");
        }
        for (double v : held) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the held parameter values must be finite; got " + v);
            }
        }
        double[][] a = quadratic.a();
        double hii = a[i][i];
        double hij = a[i][j];
        double hjj = a[j][j];
        double[] theta = held.clone();
        double[] g = Mse.gradient(model, data, theta);
        // The bottom of the slice solves 2H·d = −g (the gradient along i and j vanishes there).
        double det = hii * hjj - hij * hij;
        boolean bottom = det > 1e-12 * Math.max(1e-300, hii * hjj) && Double.isFinite(det);
        if (bottom) {
            double di = -(hjj * g[i] - hij * g[j]) / (2 * det);
            double dj = -(hii * g[j] - hij * g[i]) / (2 * det);
            if (Double.isFinite(di) && Double.isFinite(dj)) {
                theta[i] += di;
                theta[j] += dj;
                g = Mse.gradient(model, data, theta);
            } else {
                bottom = false;
            }
        }
        double cost = Mse.cost(model, data, theta);
        boolean throughOptimum = bottom && passesThroughOptimum(quadratic, held, i, j);
        return new CostSurface(model, i, j, theta, cost, g[i], g[j], hii, hij, hjj, bottom, throughOptimum);
    }

    private static boolean passesThroughOptimum(QuadraticCost quadratic, double[] held, int i, int j) {
        Optional<double[]> opt = quadratic.optimum();
        if (opt.isEmpty()) {
            return false;
        }
        double[] star = opt.get();
        for (int k = 0; k < star.length; k++) {
            if (k != i && k != j && Math.abs(star[k] - held[k]) > 1e-9 * (1 + Math.abs(star[k]))) {
                return false;
            }
        }
        return true;
    }

    public Model model() {
        return model;
    }

    /** The parameter across (x axis). */
    public int across() {
        return i;
    }

    /** The parameter up (y axis). */
    public int up() {
        return j;
    }

    /** The cost at θ_i = u, θ_j = v, the other parameters at their held values. */
    public double cost(double u, double v) {
        double du = u - reference[i];
        double dv = v - reference[j];
        double c = referenceCost + gi * du + gj * dv + hii * du * du + 2 * hij * du * dv + hjj * dv * dv;
        return c > 0 ? c : 0.0;
    }

    /**
     * Where the slice is lowest, as (θ_i, θ_j); empty when it has no single lowest point (data that cannot
     * pin both parameters down).
     */
    public Optional<double[]> bottom() {
        return hasBottom ? Optional.of(new double[] {reference[i], reference[j]}) : Optional.empty();
    }

    /** The lowest cost on the slice; NaN when it has no bottom. */
    public double bottomCost() {
        return hasBottom ? referenceCost : Double.NaN;
    }

    /**
     * Whether the slice's bottom is the least-squares optimum of the whole model: always for a model of two
     * parameters, and for more when the other parameters are held at their optimal values.
     */
    public boolean bottomIsOptimum() {
        return throughOptimum;
    }

    /**
     * The full parameter vector at θ_i = u, θ_j = v, the others at their held values: the start point a
     * click on the surface asks for.
     */
    public double[] point(double u, double v) {
        double[] theta = reference.clone();
        theta[i] = u;
        theta[j] = v;
        return theta;
    }

    /**
     * Half the width and half the height of the contour {@code cost = level}, an ellipse around the bottom:
     * {@code {sqrt(k·H_jj/det), sqrt(k·H_ii/det)}} with {@code k = level − bottom cost}. NaNs when there is
     * no bottom or the level is not above it.
     */
    public double[] levelHalfExtents(double level) {
        double det = hii * hjj - hij * hij;
        double k = level - referenceCost;
        if (!hasBottom || !(k > 0) || !(det > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Math.sqrt(k * hjj / det), Math.sqrt(k * hii / det)};
    }

    /**
     * The cost on a grid of {@code nx × ny} cell centres covering [xLo, xHi] × [yLo, yHi]: cell (c, r) is
     * centred at {@code xLo + (c + ½)·(xHi − xLo)/nx} across and likewise up.
     */
    public Grid grid(double xLo, double xHi, int nx, double yLo, double yHi, int ny) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("a grid needs at least 2×2 cells; got " + nx + "×" + ny);
        }
        if (!(xLo < xHi) || !(yLo < yHi) || !Double.isFinite(xHi - xLo) || !Double.isFinite(yHi - yLo)) {
            throw new IllegalArgumentException("a grid needs finite ranges with lower < upper; got [" + xLo + ", "
                    + xHi + "] × [" + yLo + ", " + yHi + "]");
        }
        double[] xs = centres(xLo, xHi, nx);
        double[] ys = centres(yLo, yHi, ny);
        double[] z = new double[nx * ny];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                double v = cost(xs[c], ys[r]);
                z[r * nx + c] = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new Grid(xs, ys, z, min, max);
    }

    private static double[] centres(double lo, double hi, int n) {
        double[] v = new double[n];
        double step = (hi - lo) / n;
        for (int k = 0; k < n; k++) {
            v[k] = lo + (k + 0.5) * step;
        }
        return v;
    }

    /**
     * Costs at the centres of a rectangular grid of cells.
     *
     * @param xs   the cell centres across, increasing
     * @param ys   the cell centres up, increasing
     * @param cost row-major: the cost at (xs[c], ys[r]) is {@code cost[r·xs.length + c]}
     */
    public record Grid(double[] xs, double[] ys, double[] cost, double min, double max) {
        public Grid {
            if (cost.length != xs.length * ys.length) {
                throw new IllegalArgumentException("a grid of " + xs.length + "×" + ys.length + " cells needs "
                        + xs.length * ys.length + " values; got " + cost.length);
            }
            xs = xs.clone();
            ys = ys.clone();
            cost = cost.clone();
        }

        public int columns() {
            return xs.length;
        }

        public int rows() {
            return ys.length;
        }

        public double x(int column) {
            return xs[column];
        }

        public double y(int row) {
            return ys[row];
        }

        public double at(int column, int row) {
            return cost[row * xs.length + column];
        }

        /** The width of one cell. */
        public double cellWidth() {
            return xs.length > 1 ? xs[1] - xs[0] : 1;
        }

        /** The height of one cell. */
        public double cellHeight() {
            return ys.length > 1 ? ys[1] - ys[0] : 1;
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }

        @Override
        public double[] cost() {
            return cost.clone();
        }
    }
}
