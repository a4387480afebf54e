package dev.descent.core.analysis;

import dev.descent.core.Format;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;

import java.util.OptionalDouble;

/**
 * How full-batch SGD moves on the exact quadratic cost, and the largest learning rate it survives.
 *
 * <p>The cost is {@code θᵀAθ − 2θᵀc + mean(y²)}, so its gradient is {@code 2Aθ − 2c}, and weight decay
 * adds {@code λθ} to it ({@code g ← g + λθ}): the optimizer sees the Hessian {@code H = 2A + λI}, that is
 * {@code 2(A + λ/2·I)}. H has the eigenvectors of A; along one of them, with curvature
 * {@code h = 2·eig(A) + λ}, the distance e from the optimum of the decayed cost follows its own
 * recurrence, and the whole run is stable when every one of them is. Write {@code a = lr·h}.
 *
 * <ul>
 *   <li><b>Plain</b> ({@code θ ← θ − lr·g}): {@code e ← (1 − a)·e}. The factor per epoch is
 *       {@code |1 − a|}, below 1 exactly when {@code lr < 2/h}; with {@code h = 2λmax(A)} that is
 *       {@code lr < 1/λmax(A)}.</li>
 *   <li><b>Momentum μ with dampening τ</b> ({@code b ← μb + (1 − τ)g}, {@code θ ← θ − lr·b}; heavy ball
 *       is τ = 0, the fast.ai lesson's form τ = μ). With k = 1 − τ and the state {@code (e, lr·b)}:
 *       <pre>
 *       lr·b' = k·a·e + μ·(lr·b)
 *       e'    = e − lr·b' = (1 − k·a)·e − μ·(lr·b)
 *       </pre>
 *       a 2×2 linear map M = [[1 − ka, −μ], [ka, μ]] with trace {@code T = 1 + μ − ka} and determinant
 *       {@code D = μ}. Its spectral radius is below 1 exactly when the roots of {@code z² − Tz + D} lie
 *       inside the unit circle, which by the Jury (Schur–Cohn) conditions for a real quadratic means
 *       {@code |D| < 1}, {@code 1 − T + D > 0} and {@code 1 + T + D > 0}: here {@code μ < 1},
 *       {@code ka > 0} and {@code 2 + 2μ − ka > 0}. So, for 0 ≤ μ &lt; 1 and τ &lt; 1:
 *       <pre>
 *       lr &lt; 2(1 + μ) / ((1 − τ)·h)
 *       </pre>
 *       Heavy ball (τ = 0): {@code (1 + μ)/λmax(A)}; μ = 0 gives back the plain limit; the fast.ai form
 *       (τ = μ): {@code (1 + μ)/((1 − μ)·λmax(A))}, nine times the plain limit at μ = 0.8. At the limit
 *       {@code 1 + T + D = 0}: the root −1, the run swings with constant size. (PyTorch's first step
 *       copies the gradient undampened, {@code b ← g}; that only sets where the recurrence starts, not
 *       its factor.) With μ ≥ 1 (D ≥ 1) or τ ≥ 1 no learning rate converges, and no limit is given.</li>
 *   <li><b>Nesterov</b> (τ = 0; {@code b ← μb + g}, {@code θ ← θ − lr·(g + μb)}): the step is
 *       {@code (1 + μ)g + μ²b_old}, so on {@code (e, lr·b)} the map is [[1 − a(1 + μ), −μ²], [a, μ]] with
 *       {@code T = (1 + μ)(1 − a)} and {@code D = μ(1 − a)}. The conditions give {@code a > 0} and
 *       {@code 2(1 + μ) − a(1 + 2μ) > 0} (and then {@code |D| < μ < 1}):
 *       <pre>
 *       lr &lt; 2(1 + μ) / ((1 + 2μ)·h)
 *       </pre>
 *       for 0 &lt; μ &lt; 1.</li>
 * </ul>
 * Adaptive optimizers (Adam, RMSprop, Adagrad) scale each step by the gradients seen so far, so they
 * have no such fixed limit; nor has a run in batches, whose steps follow each batch's own curvature.
 */
public final class Stability {
    /** A start whose part along a direction is below this fraction of the whole does not move that direction. */
    private static final double EXCITED = 1e-9;

    private Stability() {
    }

    /** The limit for this optimizer run on the whole data, or empty when none is known. */
    public static OptionalDouble learningRateLimit(QuadraticCost cost, OptimizerConfig optimizer) {
        if (!(optimizer instanceof SgdConfig sgd)) {
            return OptionalDouble.empty();
        }
        double lambda = cost.largestEigenvalue();
        if (!Double.isFinite(lambda)) {
            return OptionalDouble.empty();
        }
        return limit(sgd, 2 * lambda);
    }

    /**
     * The learning rate at which the factor along a direction of the cost's curvature {@code curvature}
     * (a Hessian eigenvalue of the cost, 2·eig(A); the weight decay is added here) reaches 1; empty when
     * no limit is known (see the class comment) or the curvature is not a positive finite number.
     */
    public static OptionalDouble limit(SgdConfig sgd, double curvature) {
        double h = curvature + sgd.weightDecay();
        double mu = sgd.momentum();
        if (!(h > 0) || Double.isInfinite(h) || mu >= 1) {
            return OptionalDouble.empty();
        }
        if (mu == 0) {
            return OptionalDouble.of(2 / h);
        }
        if (sgd.nesterov()) {
            return OptionalDouble.of(2 * (1 + mu) / ((1 + 2 * mu) * h));
        }
        double k = 1 - sgd.dampening();
        if (!(k > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(2 * (1 + mu) / (k * h));
    }

    /**
     * How much the distance from the optimum along a direction of curvature {@code curvature} (weight decay
     * added here) is multiplied per update in the long run: the spectral radius of the recurrence above, at
     * this config's learning rate. Below 1 the run converges along it, above 1 it diverges.
     */
    public static double spectralRadius(SgdConfig sgd, double curvature) {
        double a = sgd.lr() * (curvature + sgd.weightDecay());
        double mu = sgd.momentum();
        if (mu == 0) {
            return Math.abs(1 - a);
        }
        double trace;
        double det;
        if (sgd.nesterov()) {
            trace = (1 + mu) * (1 - a);
            det = mu * (1 - a);
        } else {
            trace = 1 + mu - (1 - sgd.dampening()) * a;
            det = mu;
        }
        return largestRootModulus(trace, det);
    }

    /** The largest |z| over the roots of z² − T·z + D. */
    static double largestRootModulus(double trace, double det) {
        double disc = trace * trace - 4 * det;
        if (disc < 0) {
            return Math.sqrt(det); // a complex pair, each of modulus sqrt(D)
        }
        double s = Math.sqrt(disc);
        return Math.max(Math.abs(trace + s), Math.abs(trace - s)) / 2;
    }

    /**
     * The factor by which the cost grows per epoch in the long run when this optimizer runs on the whole
     * data from {@code start}: the square of the largest spectral radius among the directions the start's
     * gradient has a part along (a start at the optimum moves nowhere). Empty when no limit is known for the
     * optimizer or the data's cost cannot be computed; a value at most 1 means the run does not diverge.
     */
    public static OptionalDouble costGrowth(QuadraticCost cost, OptimizerConfig optimizer, double[] start) {
        if (learningRateLimit(cost, optimizer).isEmpty()) {
            return OptionalDouble.empty();
        }
        SgdConfig sgd = (SgdConfig) optimizer;
        double[][] a = cost.a();
        double[] c = cost.c();
        int p = c.length;
        // The gradient the first update steps with, weight decay included: (2A + λI)θ − 2c.
        double[] g = new double[p];
        double norm = 0;
        for (int i = 0; i < p; i++) {
            double s = sgd.weightDecay() * start[i] - 2 * c[i];
            for (int j = 0; j < p; j++) {
                s += 2 * a[i][j] * start[j];
            }
            g[i] = s;
            norm += s * s;
        }
        if (!Double.isFinite(norm)) {
            return OptionalDouble.empty();
        }
        double[][] vectors = new double[p][p];
        double[] eig = SymmetricEigen.eigenvectors(a, vectors);
        double worst = 0;
        for (int k = 0; k < p; k++) {
            double along = 0;
            for (int i = 0; i < p; i++) {
                along += vectors[i][k] * g[i];
            }
            if (along * along > EXCITED * EXCITED * norm) {
                worst = Math.max(worst, spectralRadius(sgd, 2 * eig[k]));
            }
        }
        return OptionalDouble.of(worst * worst);
    }

    /** The form of SGD, as the limit's wording names it: "plain GD", "heavy-ball momentum 0.9", … */
    public static String formName(SgdConfig sgd) {
        double mu = sgd.momentum();
        if (mu == 0) {
            return "plain GD";
        }
        String m = Format.exact(mu);
        if (sgd.nesterov()) {
            return "Nesterov momentum " + m;
        }
        if (sgd.dampening() == 0) {
            return "heavy-ball momentum " + m;
        }
        if (sgd.dampening() == mu) {
            return "dampened momentum " + m;
        }
        return "momentum " + m + " with dampening " + Format.exact(sgd.dampening());
    }
}
