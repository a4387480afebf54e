package dev.descent.core;

import java.util.List;
import java.util.Locale;

/**
 * The models the lectures fit. Each is linear in its parameters: prediction = Σ θ_j·φ_j(x), which is
 * what makes the MSE cost an exact quadratic in θ (see {@link dev.descent.core.analysis.QuadraticCost}).
 * Parameter names are part of the model: they head CSV columns, log lines and UI labels.
 */
public enum Model {
    /** y = w·x, the first lecture's model. */
    LINE("line", "y = w·x", List.of("w")),
    /** y = w·x + b. */
    AFFINE("affine", "y = w·x + b", List.of("w", "b")),
    /** y = a·x² + b·x + c. */
    QUADRATIC("quadratic", "y = a·x² + b·x + c", List.of("a", "b", "c"));

    private final String id;
    private final String formula;
    private final List<String> parameterNames;

    Model(String id, String formula, List<String> parameterNames) {
        this.id = id;
        this.formula = formula;
        this.parameterNames = parameterNames;
    }

    public String id() {
        return id;
    }

    public String formula() {
        return formula;
    }

    public List<String> parameterNames() {
        return parameterNames;
    }

    public int parameterCount() {
        return parameterNames.size();
    }

    /** Writes φ(x) into {@code out}: (x), (x, 1) or (x², x, 1). */
    public void features(double x, double[] out) {
        switch (this) {
            case LINE -> out[0] = x;
            case AFFINE -> {
                out[0] = x;
                out[1] = 1.0;
            }
            case QUADRATIC -> {
                out[0] = x * x;
                out[1] = x;
                out[2] = 1.0;
            }
        }
    }

    /** The model's output at x, evaluated in the lectures' own order (x·w; w·x + b; a·x² + b·x + c). */
    public double predict(double[] theta, double x) {
        return switch (this) {
            case LINE -> x * theta[0];
            case AFFINE -> theta[0] * x + theta[1];
            case QUADRATIC -> theta[0] * (x * x) + theta[1] * x + theta[2];
        };
    }

    /** Looks a model up by its id ("line", "affine", "quadratic"), ignoring case. */
    public static Model byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (Model m : values()) {
            if (m.id.equals(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unknown model '" + id + "': choose one of line, affine, quadratic");
    }
}
