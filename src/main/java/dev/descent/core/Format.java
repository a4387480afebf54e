package dev.descent.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers written for people, in a few named styles, so that the same number reads the same on the
 * command line, in the window and on the charts. Every style is locale-free: a point for decimals and a
 * comma between thousands, whatever the machine's language.
 * <ul>
 *   <li>{@link #exact}: the shortest text that reads back as the same double ({@code 0.01}, {@code 1e-5}), for
 *       settings a person typed and messages that quote them;</li>
 *   <li>{@link #sig3}: three significant figures as the charts show them ({@code 2.00}, {@code −0.500},
 *       {@code 1.20×10⁻⁴}), with a real minus sign;</li>
 *   <li>{@link #brief}: at most three significant figures, trailing zeros dropped ({@code 0.0148},
 *       {@code 0.65}), for short labels;</li>
 *   <li>{@link #fixed}: a fixed number of decimals as Python's {@code format(v, '.Nf')} writes them, which is
 *       how the lectures print; {@link #readout} is two of them, or three significant figures for a value
 *       too small or large for two decimals;</li>
 *   <li>{@link #count}: a whole number with thousands separators ({@code 1,000,000});</li>
 *   <li>the update panel's styles, where one line's numbers share a number of figures: {@link #figures}
 *       (that many significant figures, {@code −9.333}), {@link #trimmed} (a data value without trailing
 *       zeros) and {@link #setting} (a hyper-parameter as it was typed, {@code 0.649}, {@code 1e−8}).</li>
 * </ul>
 */
public final class Format {
    /** The Unicode minus sign, wider and clearer than a hyphen on slides. */
    public static final String MINUS = "\u2212";
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUPERSCRIPT_MINUS = "⁻";

    private Format() {
    }

    /**
     * {@code 0.01} rather than {@code 0.010000}, integers without ".0", {@code 0.0001} rather than Java's
     * {@code 1.0E-4}; below that, {@code 1e-5} and {@code 2.5e-7}. The digits are Java's shortest, so the
     * text reads back as the same double.
     */
    public static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (a >= 1e-4 && a < 1e15) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace(".0E", "E").replace('E', 'e');
    }

    /**
     * A number to three significant figures: {@code 1.98}, {@code 2.00}, {@code −0.500}, {@code 1234},
     * {@code 1.20×10⁻⁴}, {@code 3.46×10⁶}; {@code ∞}, {@code −∞} and {@code NaN} for the rest.
     */
    public static String sig3(double v) {
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

    /** At most three significant figures, without trailing zeros: 0.01477 → "0.0148", 0.1 → "0.1", 0.65 → "0.65". */
    public static String brief(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return exact(v);
        }
        return exact(new BigDecimal(v).round(new MathContext(3)).doubleValue());
    }

    /** Python's {@code format(v, '.Nf')}: round half to even on the exact value of the double; nan, inf, -inf. */
    public static String fixed(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : (v > 0 ? "inf" : "-inf");
        }
        String s = new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        if (v < 0 || (v == 0 && 1 / v < 0)) {
            return s.startsWith("-") ? s : "-" + s;
        }
        return s;
    }

    /** Two decimals, as the lectures print: {@code fixed(v, 2)}. */
    public static String fixed2(double v) {
        return fixed(v, 2);
    }

    /**
     * Two decimals as the lectures print, but never "0.00" for a small non-zero value: three significant
     * figures then (0.00123, 5.69×10⁻⁶), and from a million on; the lectures' plain minus sign throughout.
     */
    public static String readout(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 1e6)) {
            return sig3(v).replace(MINUS, "-");
        }
        return fixed2(v);
    }

    /** A whole number with a comma between thousands: 1,000,000. */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** A whole number as superscript digits, for powers: ⁻⁵, ¹². */
    public static String superscript(int n) {
        StringBuilder sb = new StringBuilder();
        if (n < 0) {
            sb.append(SUPERSCRIPT_MINUS);
        }
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** A value to {@code figures} significant figures with a real minus: 1.00, −9.33, 0.0871, 1.23×10⁻⁵. */
    public static String figures(double v, int figures) {
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
        BigDecimal a = new BigDecimal(Math.abs(v)).round(new MathContext(figures, RoundingMode.HALF_EVEN));
        double r = a.doubleValue();
        int exponent = a.precision() - a.scale() - 1;
        if (r >= 1e-4 && r < 1e6) {
            return sign + a.setScale(Math.max(0, figures - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString();
        }
        return sign + a.movePointLeft(exponent).setScale(figures - 1, RoundingMode.HALF_EVEN).toPlainString() + "×10"
                + superscript(exponent);
    }

    /** A data value as short as it is exact to {@code figures} figures: 2, 4, 0.0236, −1.5 (the update panel's data). */
    public static String trimmed(double v, int figures) {
        if (v == 0 || !Double.isFinite(v)) {
            return figures(v, figures);
        }
        BigDecimal a = new BigDecimal(Math.abs(v)).round(new MathContext(figures, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        if (a.doubleValue() >= 1e-4 && a.doubleValue() < 1e6) {
            return (v < 0 ? MINUS : "") + a.toPlainString();
        }
        return figures(v, figures);
    }

    /**
     * A setting (a hyper-parameter) to {@code figures} significant figures, without trailing zeros, so a typed one reads
     * as it was typed: 0.01, 0.9, 0.2 (for 1 − 0.8, which is 0.19999999999999996 in binary), 1e−8; a
     * dragged momentum of 0.6490728476821193 reads 0.649 (or 0.6491).
     */
    public static String setting(double v, int figures) {
        if (v == 0 || !Double.isFinite(v)) {
            return figures(v, figures);
        }
        BigDecimal a = new BigDecimal(Math.abs(v)).round(new MathContext(figures, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        String sign = v < 0 ? MINUS : "";
        if (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6) {
            return sign + a.toPlainString();
        }
        int exponent = a.precision() - a.scale() - 1;
        String mantissa = a.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return sign + mantissa + "e" + (exponent < 0 ? MINUS + (-exponent) : Integer.toString(exponent));
    }

    /** A learning rate as the trainer's messages write it: 0.30, 0.010, 1.0e-04. */
    public static String rate(double lr) {
        if (lr >= 0.1 && lr < 1000) {
            return String.format(Locale.ROOT, "%.2f", lr);
        }
        if (lr >= 1e-3) {
            return String.format(Locale.ROOT, "%.2g", lr);
        }
        return String.format(Locale.ROOT, "%.1e", lr);
    }

    /** A learning-rate limit to three significant figures as the trainer's messages write it: 0.214. */
    public static String limit3(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
