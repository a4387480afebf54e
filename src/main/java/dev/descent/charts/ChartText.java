package dev.descent.charts;

import dev.descent.core.Format;
import dev.descent.core.Model;

/**
 * Equations as they appear on the charts, their coefficients written by {@link Format#sig3}: three
 * significant figures, a real minus sign, and powers of ten written as ×10ⁿ rather than "E".
 */
public final class ChartText {

    private ChartText() {
    }

    /** The fitted equation, e.g. {@code y = 1.98·x} or {@code y = 0.910·x² − 5.20·x + 9.30}. */
    public static String equation(Model model, double[] theta) {
        return switch (model) {
            case LINE -> "y = " + Format.sig3(theta[0]) + "·x";
            case AFFINE -> "y = " + Format.sig3(theta[0]) + "·x" + signed(theta[1]);
            case QUADRATIC -> "y = " + Format.sig3(theta[0]) + "·x²" + signed(theta[1]) + "·x" + signed(theta[2]);
        };
    }

    /** Whether every parameter is a finite number, so that the model can be drawn. */
    public static boolean allFinite(double[] theta) {
        if (theta == null) {
            return false;
        }
        for (double t : theta) {
            if (!Double.isFinite(t)) {
                return false;
            }
        }
        return true;
    }

    private static String signed(double v) {
        if (v < 0) {
            return " " + Format.MINUS + " " + Format.sig3(-v);
        }
        return " + " + Format.sig3(v);
    }
}
