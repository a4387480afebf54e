package dev.descent.core.analysis;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;

import java.util.Optional;

/**
 * The MSE cost of a model that is linear in its parameters, written as the exact quadratic it is:
 * {@code cost(θ) = θᵀAθ − 2θᵀc + mean(y²)} with {@code A = mean(φφᵀ)} and {@code c = mean(φ·y)}.
 * Its Hessian is 2A, so A alone decides the optimum ({@code θ* = A⁻¹c}) and how large a learning
 * rate plain gradient descent survives. Built in one pass over the data.
 */
public final class QuadraticCost {
    private final Model model;
    private final double[][] a;
    private final double[] c;
    private final double meanY2;

    private QuadraticCost(Model model, double[][] a, double[] c, double meanY2) {
        this.model = model;
        this.a = a;
        this.c = c;
        this.meanY2 = meanY2;
    }

    /**
     * Built in one pass. Below {@link Mse#BLOCKED_MIN_POINTS} points the sums run in data order with one
     * accumulator (the lectures' small data keep their exact values); from there on they come from the
     * blocked raw moments Σxᵏ, Σxᵏy, Σy², which are faster and carry less rounding error.
     */
    public static QuadraticCost of(Model model, Dataset data) {
        int p = model.parameterCount();
        int n = data.size();
        if (n >= Mse.BLOCKED_MIN_POINTS) {
            return fromMoments(model, Mse.rawMoments(data), n);
        }
        double[][] a = new double[p][p];
        double[] c = new double[p];
        double yy = 0;
        double[] phi = new double[p];
        for (int i = 0; i < n; i++) {
            model.features(data.x(i), phi);
            double y = data.y(i);
            for (int j = 0; j < p; j++) {
                c[j] += phi[j] * y;
                for (int k = j; k < p; k++) {
                    a[j][k] += phi[j] * phi[k];
                }
            }
            yy += y * y;
        }
        for (int j = 0; j < p; j++) {
            c[j] /= n;
            for (int k = j; k < p; k++) {
                a[j][k] /= n;
                a[k][j] = a[j][k];
            }
        }
        return new QuadraticCost(model, a, c, yy / n);
    }

    /** Assembles A, c and mean(y²) from the raw sums (see {@link Mse#rawMoments}). */
    private static QuadraticCost fromMoments(Model model, double[] m, int n) {
        // Feature powers: φ = (x) for the line, (x, 1) affine, (x², x, 1) quadratic.
        int[] power = switch (model) {
            case LINE -> new int[] {1};
            case AFFINE -> new int[] {1, 0};
            case QUADRATIC -> new int[] {2, 1, 0};
        };
        int p = power.length;
        double[][] a = new double[p][p];
        double[] c = new double[p];
        for (int j = 0; j < p; j++) {
            c[j] = m[5 + power[j]] / n;
            for (int k = 0; k < p; k++) {
                a[j][k] = m[power[j] + power[k]] / n;
            }
        }
        return new QuadraticCost(model, a, c, m[8] / n);
    }

    public Model model() {
        return model;
    }

    /** A copy of A = mean(φφᵀ). */
    public double[][] a() {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    /** A copy of c = mean(φ·y). */
    public double[] c() {
        return c.clone();
    }

    public double meanY2() {
        return meanY2;
    }

    /** The largest eigenvalue of A; the Hessian's largest curvature is twice this. */
    public double largestEigenvalue() {
        double[] eig = SymmetricEigen.eigenvalues(a);
        double max = eig[0];
        for (double e : eig) {
            max = Math.max(max, e);
        }
        return max;
    }

    /** The smallest eigenvalue of A (0 when the data cannot pin every parameter down). */
    public double smallestEigenvalue() {
        double[] eig = SymmetricEigen.eigenvalues(a);
        double min = eig[0];
        for (double e : eig) {
            min = Math.min(min, e);
        }
        return min;
    }

    /**
     * The least-squares optimum θ* = A⁻¹c, or empty when the data cannot determine it (for example
     * an affine fit to points that all share one x).
     */
    public Optional<double[]> optimum() {
        return LinearSolve.solve(a(), c());
    }

    /**
     * The cost along parameter {@code j} with the others held at {@code theta}: the parabola
     * {@code cost(θ) + (t − θ_j)·g_j + (t − θ_j)²·A_jj}, evaluated at each of {@code values}.
     * The cost and gradient at θ come from the data directly, so the curve passes exactly through
     * the point the run is at.
     */
    public double[] costAlong(Dataset data, double[] theta, int j, double[] values) {
        double[] gradient = new double[model.parameterCount()];
        double cost = Mse.costAndGradient(model, data, theta, gradient);
        return costAlong(theta[j], cost, gradient[j], j, values);
    }

    /**
     * The same curve from the cost and the gradient component at θ, for callers that have them already:
     * {@code cost + (t − θ_j)·gradient_j + (t − θ_j)²·A_jj}.
     */
    public double[] costAlong(double thetaJ, double cost, double gradientJ, int j, double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - thetaJ;
            out[i] = Math.max(0.0, cost + d * gradientJ + d * d * a[j][j]);
        }
        return out;
    }

    /** The curvature of the cost along parameter j: ∂²cost/∂θ_j² = 2·A_jj. */
    public double curvatureAlong(int j) {
        return 2 * a[j][j];
    }
}
