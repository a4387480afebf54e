package dev.descent.core;

import java.util.Arrays;
import java.util.Random;

/**
 * "New data": points on a model plus Gaussian noise, the same for the same settings.
 *
 * <p>The x values are evenly spaced from {@code xMin} to {@code xMax}, both included (a single point sits
 * at {@code xMin}). Each y is the model's output at x with the true parameters, plus {@code noise}·z, where
 * z is a standard normal number drawn from {@link java.util.Random} seeded with {@code seed}, in order of
 * x. {@code Random} is used because its {@link Random#nextGaussian()} is specified exactly (Marsaglia's
 * polar method on a 48-bit linear congruential generator), so a seed gives the same data on every JDK.
 * With {@code noise} 0 every point lies exactly on the model.
 *
 * @param model      the model the points follow
 * @param points     how many points, 1 to {@value #MAX_POINTS}
 * @param xMin       the smallest x
 * @param xMax       the largest x (greater than {@code xMin} when there is more than one point)
 * @param trueParams the model's parameters, one per parameter name, in the model's order
 * @param noise      the standard deviation σ of the noise added to y, finite and ≥ 0
 * @param seed       the seed of the noise
 */
public record DataGenerator(Model model, int points, double xMin, double xMax, double[] trueParams, double noise,
                            long seed) {
    /**
     * The most points a generated data set may have: the million-point sets students meet later, which
     * the window shows as a sample and trains on at full speed.
     */
    public static final int MAX_POINTS = 1_000_000;

    public DataGenerator {
        if (model == null) {
            throw new IllegalArgumentException("choose a model for the new data");
        }
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException("number of points must be between 1 and " + MAX_POINTS + "; got " + points);
        }
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax)) {
            throw new IllegalArgumentException("the x range must be finite numbers; got " + xMin + " to " + xMax);
        }
        if (points > 1 && !(xMin < xMax)) {
            throw new IllegalArgumentException("the x range must go from a smaller to a larger number; got "
                    + xMin + " to " + xMax);
        }
        if (!(xMax - xMin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the x range " + xMin + " to " + xMax + " is too wide");
        }
        if (trueParams == null || trueParams.length != model.parameterCount()) {
            int given = trueParams == null ? 0 : trueParams.length;
            throw new IllegalArgumentException("the " + model.id() + " model " + model.formula() + " has "
                    + model.parameterCount() + " parameter" + (model.parameterCount() == 1 ? "" : "s") + " ("
                    + String.join(", ", model.parameterNames()) + ") but " + given + " true value"
                    + (given == 1 ? " was" : "s were") + " given");
        }
        for (int j = 0; j < trueParams.length; j++) {
            if (!Double.isFinite(trueParams[j])) {
                throw new IllegalArgumentException("true value of " + model.parameterNames().get(j) + " is "
                        + trueParams[j] + "; it must be a finite number");
            }
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise σ must be a finite number ≥ 0; got " + noise);
        }
        trueParams = trueParams.clone();
    }

    @Override
    public double[] trueParams() {
        return trueParams.clone();
    }

    /** The x of point {@code i}: evenly spaced, the last one exactly {@code xMax}. */
    public double x(int i) {
        if (points == 1) {
            return xMin;
        }
        return i == points - 1 ? xMax : xMin + (xMax - xMin) * i / (points - 1);
    }

    /**
     * Makes the points.
     *
     * @throws IllegalArgumentException if the true parameters and x range give y values beyond a double
     */
    public Dataset generate() {
        Random random = new Random(seed);
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = x(i);
            double clean = model.predict(trueParams, xs[i]);
            ys[i] = noise == 0 ? clean : clean + noise * random.nextGaussian();
        }
        try {
            return Dataset.of(xs, ys);
        } catch (InvalidDataException e) {
            throw new IllegalArgumentException("the true values and x range give y values too large for a number ("
                    + e.getMessage() + ")", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataGenerator g && model == g.model && points == g.points
                && Double.compare(xMin, g.xMin) == 0 && Double.compare(xMax, g.xMax) == 0
                && Arrays.equals(trueParams, g.trueParams) && Double.compare(noise, g.noise) == 0 && seed == g.seed;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(model, points, xMin, xMax, Arrays.hashCode(trueParams), noise, seed);
    }

    @Override
    public String toString() {
        return "DataGenerator[" + model.id() + ", " + points + " points, x " + xMin + " to " + xMax + ", true "
                + Arrays.toString(trueParams) + ", σ " + noise + ", seed " + seed + "]";
    }
}
