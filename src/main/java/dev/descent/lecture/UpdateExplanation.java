package dev.descent.lecture;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.OptimizerState;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.StepSnapshot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One optimizer update, explained: the update rule of the optimizer in use, line by line, with the
 * hyper-parameters written in and then the current numbers substituted, one block per parameter. For
 * the fast.ai momentum on y = w·x + b, the block for w reads
 * <pre>
 * g = 2·mean(x·(w·x + b − y))          = −9.33
 * v = 0.8·v + 0.2·g                     = 0.8·(−1.20) + 0.2·(−9.33) = −2.83
 * w ← w − 0.1·v                         = −1.00 − 0.1·(−2.83) = −0.717
 * </pre>
 * The rules are PyTorch's, exactly as {@code core.optim} computes them (the first momentum step copies g,
 * Nesterov steps along g + μ·v, weight decay adds λ·θ to g, Adam corrects its moments' bias), and every
 * value is computed here in the same order of operations as the optimizer, so the number on a
 * parameter's last line is, to the bit, the value the optimizer produced.
 *
 * <p>A plain value: the app lays the lines out; {@link #text()} gives them as text.
 *
 * @param heading what is explained: the optimizer, the update's number, the batch
 * @param blocks  one per parameter, in the model's order
 */
public record UpdateExplanation(String heading, List<Block> blocks) {
    /** The Unicode minus sign, clearer than a hyphen on a projector. */
    public static final String MINUS = "\u2212";

    public UpdateExplanation {
        blocks = List.copyOf(blocks);
    }

    /**
     * The lines for one parameter; the last one is the parameter's update.
     *
     * @param parameter the parameter's name, e.g. {@code w}
     */
    public record Block(String parameter, List<Line> lines) {
        public Block {
            lines = List.copyOf(lines);
        }

        /** The parameter's value after the update: the value of the last line. */
        public double after() {
            return lines.get(lines.size() - 1).value();
        }
    }

    /**
     * One step of the rule.
     *
     * @param symbolic the rule with hyper-parameters filled in, e.g. {@code v = 0.8·v + 0.2·g}
     * @param numeric  the current numbers substituted and the result, e.g. {@code 0.8·(−1.20) + 0.2·(−9.33) = −2.83},
     *                 or just the result when there is nothing to substitute
     * @param value    the result, unrounded
     * @param note     a remark for the reader (empty for none), e.g. why the first momentum step has no dampening
     */
    public record Line(String symbolic, String numeric, double value, String note) {
        /** {@code symbolic = numeric}. */
        public String text() {
            return symbolic + " = " + numeric;
        }
    }

    /** Every line, block after block, each block headed by its parameter when there are several. */
    public String text() {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        for (Block b : blocks) {
            if (blocks.size() > 1) {
                sb.append(b.parameter()).append(":\n");
            }
            for (Line line : b.lines()) {
                sb.append("  ").append(line.text());
                if (!line.note().isEmpty()) {
                    sb.append("   (").append(line.note()).append(')');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The parameters after the update, one per block. */
    public double[] after() {
        double[] theta = new double[blocks.size()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = blocks.get(k).after();
        }
        return theta;
    }

    // ---- building ---------------------------------------------------------------------------------

    /**
     * The update a step snapshot records.
     *
     * @param stateBefore the optimizer state before this update: the previous step's state, or
     *                    {@code OptimizerState.empty(0)} (or null) for the first update
     */
    public static UpdateExplanation of(RunConfig config, StepSnapshot step, OptimizerState stateBefore) {
        return of(config.optimizer(), config.model(), config.data(), step.rows(), step.before(), step.gradient(),
                stateBefore);
    }

    /**
     * The update of an epoch of a full-batch run (one update per epoch).
     *
     * @throws IllegalArgumentException for a run with smaller batches, whose epochs hold several updates
     */
    public static UpdateExplanation of(RunConfig config, EpochSnapshot epoch, OptimizerState stateBefore) {
        if (!config.isFullBatch()) {
            throw new IllegalArgumentException("with batches of " + config.effectiveBatchSize() + " of the "
                    + config.data().size() + " points an epoch makes several updates: explain each step instead");
        }
        int[] rows = new int[config.data().size()];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = k;
        }
        return of(config.optimizer(), config.model(), config.data(), rows, epoch.before(), epoch.gradient(),
                stateBefore);
    }

    /**
     * Explains one update.
     *
     * @param rows        the batch's data rows (0-based)
     * @param before      the parameters before the update
     * @param gradient    the batch's mean gradient at {@code before}, before weight decay
     * @param stateBefore the optimizer state before the update (null or zero steps for the first update)
     * @throws IllegalArgumentException if the sizes disagree with the model, or the state lacks a buffer the
     *                                  optimizer needs after its first step
     */
    public static UpdateExplanation of(OptimizerConfig optimizer, Model model, Dataset data, int[] rows,
                                       double[] before, double[] gradient, OptimizerState stateBefore) {
        int p = model.parameterCount();
        if (before.length != p || gradient.length != p) {
            throw new IllegalArgumentException(model.formula() + " has " + p + " parameters, but the update has "
                    + before.length + " values before it and " + gradient.length + " gradient components");
        }
        int steps = stateBefore == null ? 0 : stateBefore.steps();
        int t = steps + 1;
        List<Block> blocks = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            List<Line> lines = new ArrayList<>();
            lines.add(gradientLine(model, data, rows, before, gradient[j], j));
            String name = model.parameterNames().get(j);
            double g = gradient[j];
            if (optimizer.weightDecay() != 0) {
                double decayed = g + optimizer.weightDecay() * before[j];
                lines.add(new Line("g ← g + " + hyper(optimizer.weightDecay()) + "·" + name,
                        num(g) + " + " + hyper(optimizer.weightDecay()) + "·" + factor(before[j]) + " = " + num(decayed),
                        decayed, "weight decay pulls " + name + " towards 0"));
                g = decayed;
            }
            if (optimizer instanceof SgdConfig sgd) {
                sgd(sgd, lines, name, before[j], g,
                        buffer(stateBefore, "momentum_buffer", j, steps, sgd.momentum() != 0), steps);
            } else if (optimizer instanceof AdamConfig adam) {
                adam(adam, lines, name, before[j], g, buffer(stateBefore, "exp_avg", j, steps, true),
                        buffer(stateBefore, "exp_avg_sq", j, steps, true), t);
            } else if (optimizer instanceof RmspropConfig rms) {
                rmsprop(rms, lines, name, before[j], g, buffer(stateBefore, "square_avg", j, steps, true));
            } else if (optimizer instanceof AdagradConfig ada) {
                adagrad(ada, lines, name, before[j], g, buffer(stateBefore, "sum", j, steps, true));
            }
            blocks.add(new Block(name, lines));
        }
        return new UpdateExplanation(optimizer.describe() + " · update " + t + " · " + batch(data, rows), blocks);
    }

    private static double buffer(OptimizerState state, String name, int j, int steps, boolean needed) {
        if (!needed || steps == 0) {
            return 0.0;
        }
        if (state == null || !state.has(name)) {
            throw new IllegalArgumentException("the optimizer state before update " + (steps + 1) + " has no "
                    + name + ": pass the state the previous update left");
        }
        return state.buffer(name)[j];
    }

    // ---- the rules -------------------------------------------------------------------------------

    private static void sgd(SgdConfig sgd, List<Line> lines, String name, double theta, double g, double v, int steps) {
        double lr = sgd.lr();
        double mu = sgd.momentum();
        double step = g;
        String stepSymbol = "g";
        if (mu != 0) {
            double buf;
            if (steps == 0) {
                buf = g;
                lines.add(new Line("v = g", num(buf), buf,
                        "first update: the velocity starts as g, with no dampening"));
            } else {
                double keep = 1 - sgd.dampening();
                buf = mu * v + keep * g;
                String gTerm = keep == 1 ? "g" : hyper(keep) + "·g";
                String gValue = keep == 1 ? factor(g) : hyper(keep) + "·" + factor(g);
                lines.add(new Line("v = " + hyper(mu) + "·v + " + gTerm,
                        hyper(mu) + "·" + factor(v) + " + " + gValue + " = " + num(buf), buf, ""));
            }
            if (sgd.nesterov()) {
                step = g + mu * buf;
                stepSymbol = "d";
                lines.add(new Line("d = g + " + hyper(mu) + "·v", num(g) + " + " + hyper(mu) + "·" + factor(buf)
                        + " = " + num(step), step, "Nesterov: step along g plus the velocity ahead"));
            } else {
                step = buf;
                stepSymbol = "v";
            }
        }
        double after = theta - lr * step;
        lines.add(new Line(name + " ← " + name + " − " + hyper(lr) + "·" + stepSymbol,
                thetaText(theta, after) + " − " + hyper(lr) + "·" + factorFor(step, lr, theta, after) + " = "
                        + thetaText(after, theta, after),
                after, ""));
    }

    private static void adam(AdamConfig adam, List<Line> lines, String name, double theta, double g, double m0,
                             double v0, int t) {
        double b1 = adam.beta1();
        double b2 = adam.beta2();
        double m = b1 * m0 + (1 - b1) * g;
        double v = b2 * v0 + (1 - b2) * g * g;
        lines.add(new Line("m = " + hyper(b1) + "·m + " + hyper(1 - b1) + "·g",
                hyper(b1) + "·" + factor(m0) + " + " + hyper(1 - b1) + "·" + factor(g) + " = " + num(m), m,
                "running mean of g"));
        lines.add(new Line("v = " + hyper(b2) + "·v + " + hyper(1 - b2) + "·g²",
                hyper(b2) + "·" + factor(v0) + " + " + hyper(1 - b2) + "·" + factor(g) + "² = " + num(v), v,
                "running mean of g²"));
        double biasCorrection1 = 1 - Math.pow(b1, t);
        double biasCorrection2 = 1 - Math.pow(b2, t);
        double mHat = m / biasCorrection1;
        double vHat = v / biasCorrection2;
        lines.add(new Line("m_hat = m / (1 − " + hyper(b1) + superscript(t) + ")",
                num(m) + " / " + num(biasCorrection1) + " = " + num(mHat), mHat,
                "bias correction: m started at 0"));
        lines.add(new Line("v_hat = v / (1 − " + hyper(b2) + superscript(t) + ")",
                num(v) + " / " + num(biasCorrection2) + " = " + num(vHat), vHat,
                "bias correction: v started at 0"));
        // As torch computes it: lr/(1 − β1^t) · m / (sqrt(v)/sqrt(1 − β2^t) + ε).
        double stepSize = adam.lr() / biasCorrection1;
        double denom = Math.sqrt(v) / Math.sqrt(biasCorrection2) + adam.eps();
        double after = theta - stepSize * m / denom;
        // m_hat, not m with a combining hat: the panel's font drew the hat beside the letter.
        lines.add(new Line(name + " ← " + name + " − " + hyper(adam.lr()) + "·m_hat / (√v_hat + "
                + hyper(adam.eps()) + ")",
                thetaText(theta, after) + " − " + hyper(adam.lr()) + "·" + factor(mHat) + " / (" + root(vHat) + " + "
                        + hyper(adam.eps()) + ") = " + thetaText(after, theta, after), after, ""));
    }

    private static void rmsprop(RmspropConfig rms, List<Line> lines, String name, double theta, double g, double v0) {
        double alpha = rms.alpha();
        double v = alpha * v0 + (1 - alpha) * g * g;
        lines.add(new Line("v = " + hyper(alpha) + "·v + " + hyper(1 - alpha) + "·g²",
                hyper(alpha) + "·" + factor(v0) + " + " + hyper(1 - alpha) + "·" + factor(g) + "² = " + num(v), v,
                "running mean of g²"));
        double avg = Math.sqrt(v) + rms.eps();
        double after = theta - rms.lr() * g / avg;
        lines.add(new Line(name + " ← " + name + " − " + hyper(rms.lr()) + "·g / (√v + " + hyper(rms.eps()) + ")",
                thetaText(theta, after) + " − " + hyper(rms.lr()) + "·" + factor(g) + " / (" + root(v) + " + "
                        + hyper(rms.eps()) + ") = " + thetaText(after, theta, after), after, ""));
    }

    private static void adagrad(AdagradConfig ada, List<Line> lines, String name, double theta, double g, double s0) {
        double s = s0 + g * g;
        lines.add(new Line("s = s + g²", num(s0) + " + " + factor(g) + "² = " + num(s), s, "sum of every g² so far"));
        double std = Math.sqrt(s) + ada.eps();
        double after = theta - ada.lr() * g / std;
        lines.add(new Line(name + " ← " + name + " − " + hyper(ada.lr()) + "·g / (√s + " + hyper(ada.eps()) + ")",
                thetaText(theta, after) + " − " + hyper(ada.lr()) + "·" + factor(g) + " / (" + root(s) + " + "
                        + hyper(ada.eps()) + ") = " + thetaText(after, theta, after), after, ""));
    }

    // ---- the gradient ----------------------------------------------------------------------------

    /** The mean-squared-error gradient for parameter j: 2·mean(φ_j·residual), written out for the model. */
    private static Line gradientLine(Model model, Dataset data, int[] rows, double[] theta, double g, int j) {
        String feature = feature(model, j);
        String residual = switch (model) {
            case LINE -> "w·x − y";
            case AFFINE -> "w·x + b − y";
            case QUADRATIC -> "a·x² + b·x + c − y";
        };
        String symbolic = feature.equals("1") ? "g = 2·mean(" + residual + ")"
                : "g = 2·mean(" + feature + "·(" + residual + "))";
        if (rows.length != 1) {
            return new Line(symbolic, num(g), g, "mean over " + batch(data, rows));
        }
        double x = data.x(rows[0]);
        double y = data.y(rows[0]);
        String xs = data(x);
        String xFactor = x < 0 ? "(" + xs + ")" : xs;
        String yFactor = y < 0 ? "(" + data(y) + ")" : data(y);
        String r = switch (model) {
            case LINE -> factor(theta[0]) + "·" + xFactor + " − " + yFactor;
            case AFFINE -> factor(theta[0]) + "·" + xFactor + " + " + factor(theta[1]) + " − " + yFactor;
            case QUADRATIC -> factor(theta[0]) + "·" + xFactor + "² + " + factor(theta[1]) + "·" + xFactor + " + "
                    + factor(theta[2]) + " − " + yFactor;
        };
        String f = switch (feature) {
            case "x" -> xFactor;
            case "x²" -> xFactor + "²";
            default -> "";
        };
        String numeric = f.isEmpty() ? "2·(" + r + ") = " + num(g) : "2·" + f + "·(" + r + ") = " + num(g);
        String single = feature.equals("1") ? "g = 2·(" + residual + ")" : "g = 2·" + feature + "·(" + residual + ")";
        return new Line(single, numeric, g, "the batch is this one point");
    }

    private static String feature(Model model, int j) {
        return switch (model) {
            case LINE -> "x";
            case AFFINE -> j == 0 ? "x" : "1";
            case QUADRATIC -> j == 0 ? "x²" : j == 1 ? "x" : "1";
        };
    }

    private static String batch(Dataset data, int[] rows) {
        if (rows.length == data.size()) {
            return "all " + data.size() + " point" + (data.size() == 1 ? "" : "s");
        }
        if (rows.length == 1) {
            return "point " + (rows[0] + 1) + " (x = " + data(data.x(rows[0])) + ", y = " + data(data.y(rows[0])) + ")";
        }
        StringBuilder sb = new StringBuilder("points ");
        int shown = Math.min(rows.length, 6);
        for (int k = 0; k < shown; k++) {
            sb.append(k == 0 ? "" : ", ").append(rows[k] + 1);
        }
        if (shown < rows.length) {
            sb.append(", … (").append(rows.length).append(" in all)");
        }
        return sb.toString();
    }

    // ---- numbers ---------------------------------------------------------------------------------

    /** A value to three significant figures with a real minus: 1.00, −9.33, 0.0871, 1.23×10⁻⁵. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : MINUS + "∞";
        }
        if (v == 0) {
            return "0";
        }
        String sign = v < 0 ? MINUS : "";
        BigDecimal a = new BigDecimal(Math.abs(v)).round(new MathContext(3, RoundingMode.HALF_EVEN));
        double r = a.doubleValue();
        if (r >= 1e-4 && r < 1e6) {
            int exponent = a.precision() - a.scale() - 1;
            return sign + a.setScale(Math.max(0, 2 - exponent), RoundingMode.HALF_EVEN).toPlainString();
        }
        int exponent = a.precision() - a.scale() - 1;
        return sign + a.movePointLeft(exponent).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "×10"
                + superscript(exponent);
    }

    /** A value after an operator: negative ones in parentheses, {@code 0.8·(−1.20)}. */
    private static String factor(double v) {
        String s = num(v);
        return s.startsWith(MINUS) ? "(" + s + ")" : s;
    }

    /** A data value as short as it is exact to three figures: 2, 4, 0.0236, −1.5. */
    private static String data(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return num(v);
        }
        BigDecimal a = new BigDecimal(Math.abs(v)).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        if (a.doubleValue() >= 1e-4 && a.doubleValue() < 1e6) {
            return (v < 0 ? MINUS : "") + a.toPlainString();
        }
        return num(v);
    }

    /**
     * A hyper-parameter as it was typed: 0.01, 0.9, 0.2 (for 1 − 0.8, which is 0.19999999999999996 in
     * binary), 1e−8.
     */
    static String hyper(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return num(v);
        }
        BigDecimal a = new BigDecimal(Math.abs(v)).round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String sign = v < 0 ? MINUS : "";
        if (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6) {
            return sign + a.toPlainString();
        }
        int exponent = a.precision() - a.scale() - 1;
        String mantissa = a.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return sign + mantissa + "e" + (exponent < 0 ? MINUS + (-exponent) : Integer.toString(exponent));
    }

    /**
     * A parameter value on its update line, with enough decimals that the change the update made shows
     * (two significant figures of it), and never fewer than three significant figures.
     */
    static String thetaText(double v, double other) {
        return thetaText(v, v, other);
    }

    private static String thetaText(double v, double a, double b) {
        int decimals = decimals(a, b);
        if (!Double.isFinite(v) || decimals < 0) {
            return num(v);
        }
        String s = new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return (v < 0 ? MINUS : "") + s;
    }

    /** The decimals {@link #thetaText} writes a parameter going from {@code a} to {@code b} with; -1 for none. */
    private static int decimals(double a, double b) {
        double change = Math.abs(a - b);
        double scale = Math.max(Math.abs(a), Math.abs(b));
        if (!Double.isFinite(change) || scale >= 1e6 || (scale < 1e-4 && scale > 0)) {
            return -1;
        }
        int decimals = Math.max(significantDecimals(a), significantDecimals(b));
        if (change > 0) {
            decimals = Math.max(decimals, 1 - (int) Math.floor(Math.log10(change)));
        }
        return Math.min(decimals, 15);
    }

    /**
     * {@code v} as a factor of {@code multiplier·v} in an update from {@code a} to {@code b}, with enough
     * figures (three at least) that working the line out by hand gives the result as written: −16722 is
     * not written −16700 when 0.0001·16722 and 0.0001·16700 differ in the result's last decimal.
     */
    static String factorFor(double v, double multiplier, double a, double b) {
        int decimals = decimals(a, b);
        if (!Double.isFinite(v) || v == 0 || decimals < 0 || Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6) {
            return factor(v);
        }
        double tolerance = 0.25 * Math.pow(10, -decimals);
        BigDecimal r = null;
        for (int figures = 3; figures <= 12; figures++) {
            r = new BigDecimal(Math.abs(v)).round(new MathContext(figures, RoundingMode.HALF_EVEN));
            if (Math.abs(multiplier * (r.doubleValue() - Math.abs(v))) < tolerance) {
                break;
            }
        }
        String digits = r.stripTrailingZeros().toPlainString();
        return v < 0 ? "(" + MINUS + digits + ")" : digits;
    }

    /** Decimals that give three significant figures: 2 for 1.23, 3 for 0.727, 0 for 123. */
    private static int significantDecimals(double v) {
        return v == 0 ? 2 : Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(v))));
    }

    /** The argument of a square root: in parentheses when it is written with a power of ten. */
    private static String root(double v) {
        String s = num(v);
        return s.contains("×") ? "√(" + s + ")" : "√" + s;
    }

    private static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }
}
