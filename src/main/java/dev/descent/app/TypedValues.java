package dev.descent.app;

import dev.descent.core.Limit;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;

import java.util.regex.Pattern;

/**
 * What the settings fields take from what is typed, checked against the core's {@link Limit}s: a value
 * out of range is refused in the very words the command line and a session file use for it. Plain Java,
 * so the rules are tested without a window.
 */
final class TypedValues {
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private TypedValues() {
    }

    /** A learning rate, e.g. "0.01" or "1e-3". */
    static double learningRate(String typed) {
        return number(typed, OptimizerConfig.LR);
    }

    /** SGD's momentum, e.g. "0.9". */
    static double momentum(String typed) {
        return number(typed, SgdConfig.MOMENTUM);
    }

    /** A number of epochs, e.g. "500". */
    static int epochs(String typed) {
        return whole(typed, RunConfig.EPOCHS);
    }

    /** A number in the limit's range; throws IllegalArgumentException with the reason otherwise. */
    static double number(String typed, Limit limit) {
        String text = typed == null ? "" : typed.strip();
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw notANumber(text, limit);
        }
        if (text.endsWith("d") || text.endsWith("D") || text.endsWith("f") || text.endsWith("F")) {
            throw notANumber(text, limit);
        }
        return limit.check(v);
    }

    /** A whole number in the limit's range; throws IllegalArgumentException with the reason otherwise. */
    static int whole(String typed, Limit limit) {
        String text = typed == null ? "" : typed.strip();
        if (!WHOLE.matcher(text).matches()) {
            throw notANumber(text, limit);
        }
        double v = Double.parseDouble(text);
        if (!limit.allows(v)) {
            throw new IllegalArgumentException(limit.refusal(v));
        }
        return (int) v;
    }

    private static IllegalArgumentException notANumber(String text, Limit limit) {
        return new IllegalArgumentException(limit.name() + " '" + text + "' is not a number; it must be " + limit.range());
    }
}
