package dev.descent.core.train;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.analysis.Stability;
import dev.descent.core.Format;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Why a run the {@link Trainer} stopped as diverged diverged, in one sentence that names the real cause,
 * checked in this order:
 * <ol>
 *   <li>the data: their squares (the cost's quadratic form) overflow, so no learning rate can work;</li>
 *   <li>the start: the cost at the starting parameters already overflows;</li>
 *   <li>a setting that diverges at any rate: momentum of 1, dampening above 1;</li>
 *   <li>the learning rate above the stability limit (see {@link Stability});</li>
 *   <li>below the whole-data limit: batches steeper than the whole data (only for a run in batches), or,
 *       on the whole data, numbers too large for double precision.</li>
 * </ol>
 */
final class Divergence {
    private Divergence() {
    }

    /** "diverged at epoch 7: learning rate 0.30 is above the stability limit 0.214 for this data". */
    static String message(RunConfig config, int epoch, double startCost, double cost, double[] theta) {
        String head = "diverged at epoch " + epoch + ": ";
        Model model = config.model();
        QuadraticCost quadratic = QuadraticCost.of(model, config.data());
        String data = dataOverflow(model, config.data(), quadratic);
        if (data != null) {
            return head + data;
        }
        if (!Double.isFinite(startCost)) {
            return head + "the cost at the start (" + parameters(model, config.init())
                    + ") already overflows the largest double; start nearer the data";
        }
        String setting = setting(config.optimizer());
        if (setting != null) {
            return head + setting;
        }
        double lr = config.optimizer().lr();
        OptionalDouble limit = Stability.learningRateLimit(quadratic, config.optimizer());
        boolean full = config.isFullBatch();
        if (limit.isPresent() && lr >= limit.getAsDouble()) {
            return head + "learning rate " + Format.rate(lr) + " is above the " + (full ? "" : "whole-data ")
                    + "stability limit " + Format.limit3(limit.getAsDouble()) + " for this data";
        }
        String growth = Double.isFinite(cost)
                ? "the cost grew from " + Format.limit3(startCost) + " to " + Format.limit3(cost)
                : "the parameters overflowed";
        if (limit.isPresent() && !full) {
            return head + growth + " (learning rate " + Format.rate(lr) + " is below the full-batch limit "
                    + Format.limit3(limit.getAsDouble()) + ", but single batches are steeper than the whole data set)";
        }
        if (limit.isPresent()) {
            return head + growth + " although learning rate " + Format.rate(lr) + " is below the stability limit "
                    + Format.limit3(limit.getAsDouble())
                    + (Double.isFinite(cost) ? "" : ": the start (" + parameters(model, config.init())
                    + ") is too far out to compute with; start nearer the data");
        }
        return head + growth + " with learning rate " + Format.rate(lr);
    }

    /**
     * When the data alone make the cost overflow (x², x⁴, x·y or y² beyond the largest double), which
     * part and how large the data are; else null.
     */
    static String dataOverflow(Model model, Dataset data, QuadraticCost quadratic) {
        double[][] a = quadratic.a();
        boolean squares = true;
        for (double[] row : a) {
            for (double v : row) {
                squares &= Double.isFinite(v);
            }
        }
        boolean products = allFinite(quadratic.c());
        boolean ys = Double.isFinite(quadratic.meanY2());
        if (squares && products && ys) {
            return null;
        }
        double maxX = 0;
        double maxY = 0;
        for (int i = 0; i < data.size(); i++) {
            maxX = Math.max(maxX, Math.abs(data.x(i)));
            maxY = Math.max(maxY, Math.abs(data.y(i)));
        }
        String what;
        if (!squares) {
            what = (model == Model.QUADRATIC ? "the mean of x⁴" : "the mean of x²") + " (|x| up to " + sci(maxX) + ")";
        } else if (!ys) {
            what = "the mean of y² (|y| up to " + sci(maxY) + ")";
        } else {
            what = "the mean of x·y (|x| up to " + sci(maxX) + ", |y| up to " + sci(maxY) + ")";
        }
        return "the data are too large for this model: " + what
                + " overflows the largest double, so the cost overflows at any learning rate; rescale the data";
    }

    /**
     * A setting that diverges whatever the learning rate, said as such; else null. (ε = 0, which would make
     * NaN, never gets this far: the optimizer's config refuses it.)
     */
    private static String setting(OptimizerConfig optimizer) {
        if (optimizer instanceof SgdConfig sgd && sgd.momentum() >= 1) {
            return "momentum " + Format.exact(sgd.momentum())
                    + " is 1 or more, so the momentum buffer never dies down and no learning rate settles";
        }
        if (optimizer instanceof SgdConfig sgd && sgd.momentum() > 0 && sgd.dampening() > 1) {
            return "dampening " + Format.exact(sgd.dampening())
                    + " is above 1, so the momentum steps uphill at any learning rate";
        }
        return null;
    }

    private static String parameters(Model model, double[] theta) {
        List<String> names = model.parameterNames();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < theta.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ").append(Format.exact(theta[i]));
        }
        return sb.toString();
    }

    private static String sci(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replace("e+", "e");
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }
}
