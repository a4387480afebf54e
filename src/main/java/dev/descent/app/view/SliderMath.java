package dev.descent.app.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The maths of the sliders, without JavaFX: where a value sits on a slider, and the round values a
 * slider lands on. A dragged slider gives a value like 0.6493; a person means 0.65, and the run's
 * label, the field and a saved session should say 0.65.
 */
public final class SliderMath {
    /**
     * The learning-rate slider: 1e-5 to 10, the decades from 0.001 to 1 three times as wide as the rest.
     * On a track of 200 pixels that is 50 pixels a decade where the lectures' rates are, so 0.20, 0.21
     * and 0.22 each have a pixel of their own.
     */
    public static final LogScale RATE = new LogScale(1e-5, 10, 1e-3, 1, 3);
    /** Significant figures a dragged rate lands on, and with Shift held (the fine drag). */
    public static final int RATE_FIGURES = 2;
    public static final int RATE_FINE_FIGURES = 3;
    /** Decimals a dragged momentum lands on, and with Shift held. */
    public static final int MOMENTUM_DECIMALS = 2;
    public static final int MOMENTUM_FINE_DECIMALS = 3;
    /** With Shift held, a drag moves the thumb this much of the mouse's way. */
    public static final double FINE_DRAG = 0.1;

    private SliderMath() {
    }

    /** {@code v} to {@code figures} significant figures, as the double nearest that decimal: 0.6493 → 0.65. */
    public static double roundSignificant(double v, int figures) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).round(new MathContext(figures, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** {@code v} to {@code decimals} decimal places, as the double nearest that decimal: 0.6493 → 0.65. */
    public static double roundDecimals(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * The next value above ({@code direction} 1) or below (−1) {@code v} that has {@code figures}
     * significant figures: with 2, 0.20 → 0.21, 0.99 → 1.0, 1.0 → 0.99 going down. {@code v} itself
     * need not be round. A positive {@code v} stays positive; 0 goes nowhere.
     */
    public static double stepSignificant(double v, int direction, int figures) {
        if (v <= 0 || !Double.isFinite(v)) {
            return v;
        }
        BigDecimal exact = BigDecimal.valueOf(v);
        BigDecimal r = exact.round(new MathContext(figures, RoundingMode.HALF_EVEN));
        r = r.setScale(r.scale() + figures - r.precision(), RoundingMode.UNNECESSARY);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(r.scale());
        if (direction > 0) {
            return (r.compareTo(exact) > 0 ? r : r.add(unit)).doubleValue();
        }
        if (r.compareTo(exact) < 0) {
            return r.doubleValue();
        }
        // At a power of ten the figures below it are a place finer: 1.0 − 0.01 = 0.99, not 0.9.
        boolean powerOfTen = r.unscaledValue().equals(BigDecimal.ONE.movePointRight(figures - 1).toBigInteger());
        return r.subtract(powerOfTen ? unit.movePointLeft(1) : unit).doubleValue();
    }

    /** The next multiple of 10^−decimals above or below {@code v}, kept within [min, max]. */
    public static double stepDecimals(double v, int direction, int decimals, double min, double max) {
        BigDecimal exact = BigDecimal.valueOf(v);
        BigDecimal r = exact.setScale(decimals, direction > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        double next = (direction > 0 ? r.add(unit) : r.subtract(unit)).doubleValue();
        return Math.max(min, Math.min(max, next));
    }

    /**
     * A logarithmic scale from {@code min} to {@code max} in which the decades from {@code usualLow} to
     * {@code usualHigh} are each {@code usualWeight} times as wide as the others: the rates people try
     * get the room, and the rare ones stay on the slider. Positions run from 0 (min) to 1 (max).
     */
    public record LogScale(double min, double max, double usualLow, double usualHigh, double usualWeight) {

        public LogScale {
            if (!(0 < min && min <= usualLow && usualLow < usualHigh && usualHigh <= max && usualWeight >= 1)) {
                throw new IllegalArgumentException("a log scale needs 0 < min ≤ usualLow < usualHigh ≤ max and a"
                        + " weight ≥ 1");
            }
        }

        /** Where {@code v} sits, from 0 to 1; values outside [min, max] (and 0) sit at the ends. */
        public double position(double v) {
            if (!(v > min)) {
                return 0;
            }
            if (v >= max) {
                return 1;
            }
            return stretched(Math.log10(v)) / stretched(Math.log10(max));
        }

        /** The value at a position from 0 to 1; the inverse of {@link #position}. */
        public double value(double position) {
            double target = Math.max(0, Math.min(1, position)) * stretched(Math.log10(max));
            double lo = Math.log10(min);
            double ul = Math.log10(usualLow);
            double uh = Math.log10(usualHigh);
            double belowUsual = ul - lo;
            double usualWidth = (uh - ul) * usualWeight;
            double exponent;
            if (target <= belowUsual) {
                exponent = lo + target;
            } else if (target <= belowUsual + usualWidth) {
                exponent = ul + (target - belowUsual) / usualWeight;
            } else {
                exponent = uh + (target - belowUsual - usualWidth);
            }
            return Math.pow(10, exponent);
        }

        /** The distance from min to 10^e along the slider, in widths of an ordinary decade. */
        private double stretched(double e) {
            double lo = Math.log10(min);
            double ul = Math.log10(usualLow);
            double uh = Math.log10(usualHigh);
            double below = Math.min(e, ul) - lo;
            double usual = Math.max(0, Math.min(e, uh) - ul) * usualWeight;
            double above = Math.max(0, e - uh);
            return below + usual + above;
        }
    }
}
