package dev.descent.core;

/**
 * The values a setting may take, and the one wording every refusal of it uses, on the command line, in
 * a session file and in the window alike: {@code momentum 1.5 is out of range: it must be in [0, 1] (…)}.
 * The configurations of {@code core.optim} and {@code core.train} hold one {@code Limit} per setting and
 * check their arguments with it; a front end that wants to refuse a value early, or to size a control,
 * asks the same object.
 *
 * @param name    the setting as people call it: "learning rate", "momentum", "epochs"
 * @param min     the lowest value, {@code Double.NEGATIVE_INFINITY} for none
 * @param minOpen whether {@code min} itself is refused
 * @param max     the highest value, {@code Double.POSITIVE_INFINITY} for none
 * @param maxOpen whether {@code max} itself is refused
 * @param whole   whether only whole numbers are allowed
 * @param why     why the range is what it is, added to a refusal in brackets; empty for nothing
 */
public record Limit(String name, double min, boolean minOpen, double max, boolean maxOpen, boolean whole, String why) {

    /** Any finite number. */
    public static Limit finite(String name) {
        return new Limit(name, Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, false, "");
    }

    /** A finite number at least {@code min}. */
    public static Limit atLeast(String name, double min, String why) {
        return new Limit(name, min, false, Double.POSITIVE_INFINITY, true, false, why);
    }

    /** A finite number above {@code min}. */
    public static Limit above(String name, double min, String why) {
        return new Limit(name, min, true, Double.POSITIVE_INFINITY, true, false, why);
    }

    /** A number from {@code min} to {@code max}, both allowed. */
    public static Limit between(String name, double min, double max, String why) {
        return new Limit(name, min, false, max, false, false, why);
    }

    /** A number from {@code min} up to but not including {@code max}. */
    public static Limit belowMax(String name, double min, double max, String why) {
        return new Limit(name, min, false, max, true, false, why);
    }

    /** A whole number from {@code min} to {@code max}, both allowed. */
    public static Limit wholeNumbers(String name, long min, long max, String why) {
        return new Limit(name, min, false, max, false, true, why);
    }

    /** Whether {@code v} may be used; NaN and the infinities never may. */
    public boolean allows(double v) {
        if (!Double.isFinite(v) || (whole && v != Math.rint(v))) {
            return false;
        }
        boolean aboveMin = minOpen ? v > min : v >= min;
        boolean belowMax = maxOpen ? v < max : v <= max;
        return aboveMin && belowMax;
    }

    /** Returns {@code v} if it is allowed; otherwise throws an IllegalArgumentException with {@link #refusal}. */
    public double check(double v) {
        if (!allows(v)) {
            throw new IllegalArgumentException(refusal(v));
        }
        return v;
    }

    /** As {@link #check(double)}, for a whole-number setting. */
    public int check(long v) {
        check((double) v);
        return (int) v;
    }

    /** Why {@code v} is refused: {@code epsilon 0 is out of range: it must be a number > 0 (…)}. */
    public String refusal(double v) {
        return refusal(value(v));
    }

    /** The refusal of a value as it was written (a number too long to read, already cut for a message). */
    public String refusal(String written) {
        return name + " " + written + " is out of range: it must be " + range() + (why.isEmpty() ? "" : " (" + why + ")");
    }

    /** The allowed values in words: "a number ≥ 0", "in [0, 1)", "a whole number in [1, 100,000,000]". */
    public String range() {
        boolean lowBound = min != Double.NEGATIVE_INFINITY;
        boolean highBound = max != Double.POSITIVE_INFINITY && !(whole && max >= Integer.MAX_VALUE);
        String kind = whole ? "a whole number" : "a number";
        if (lowBound && highBound) {
            return (whole ? kind + " " : "") + "in " + (minOpen ? "(" : "[") + value(min) + ", " + value(max)
                    + (maxOpen ? ")" : "]");
        }
        if (lowBound) {
            return kind + (minOpen ? " > " : " ≥ ") + value(min);
        }
        if (highBound) {
            return kind + (maxOpen ? " < " : " ≤ ") + value(max);
        }
        return "a finite number";
    }

    private String value(double v) {
        return whole && v == Math.rint(v) && Math.abs(v) < 1e15 ? Format.count((long) v) : Format.exact(v);
    }
}
