package dev.descent.charts;

import dev.descent.core.Model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers and equations as they appear on the charts: three significant figures, a real minus sign,
 * and powers of ten written as ×10ⁿ rather than "E".
 */
public final class ChartText {
    /** The Unicode minus sign, wider and clearer than a hyphen on slides. */
    public static final String MINUS = "\u2212";
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUPERSCRIPT_MINUS = "⁻";

    private ChartText() {
    }

    /**
     * A number to three significant figures: {@code 1.98}, {@code 2.00}, {@code −0.500}, {@code 1234},
     * {@code 1.20×10⁻⁴}, {@code 3.46×10⁶}; {@code ∞}, {@code −∞} and {@code NaN} for the rest.
     */
    public static String number(double v) {
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
        double a = Math.abs(v);
        if (a >= 99.95 && a < 1e5) {
            return sign + Math.round(a);
        }
        BigDecimal rounded = new BigDecimal(a).round(new MathContext(3, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (rounded.doubleValue() >= 1e-3 && rounded.doubleValue() < 1e5) {
            return sign + rounded.setScale(Math.max(0, 2 - exponent), RoundingMode.HALF_EVEN).toPlainString();
        }
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(2, RoundingMode.HALF_EVEN);
        return sign + mantissa.toPlainString() + "×10" + superscript(exponent);
    }

    /** The fitted equation, e.g. {@code y = 1.98·x} or {@code y = 0.910·x² − 5.20·x + 9.30}. */
    public static String equation(Model model, double[] theta) {
        return switch (model) {
            case LINE -> "y = " + number(theta[0]) + "·x";
            case AFFINE -> "y = " + number(theta[0]) + "·x" + signed(theta[1]);
            case QUADRATIC -> "y = " + number(theta[0]) + "·x²" + signed(theta[1]) + "·x" + signed(theta[2]);
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
            return " " + MINUS + " " + number(-v);
        }
        return " + " + number(v);
    }

    private static String superscript(int n) {
        StringBuilder sb = new StringBuilder();
        if (n < 0) {
            sb.append(SUPERSCRIPT_MINUS);
        }
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
