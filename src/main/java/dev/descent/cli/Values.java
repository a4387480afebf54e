package dev.descent.cli;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads option values the way a teacher types them, with messages that say what was wrong. Numbers are
 * plain decimals ({@code 0.01}, {@code -1}, {@code 1e-4}); Java's other spellings ({@code 1d},
 * {@code 0x1p-3}) and non-finite values are refused.
 */
final class Values {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})[xX](\\d{1,9})");

    /** The smallest and largest image side accepted by {@code --size}, in pixels. */
    static final int MIN_SIDE = 100;
    static final int MAX_SIDE = 10_000;

    private Values() {
    }

    /** Makes picocli read {@code Double}, {@code Integer} and {@code Long} options with these rules. */
    static void registerConverters(CommandLine cl) {
        cl.registerConverter(Double.class, Values::finite);
        cl.registerConverter(Integer.class, Values::whole);
        cl.registerConverter(Long.class, Values::wholeLong);
    }

    /** A finite decimal number. */
    static double finite(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
        if (lower.equals("nan") || lower.equals("inf") || lower.equals("infinity")) {
            throw new TypeConversionException("'" + text + "' is not allowed: the value must be a finite number");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new TypeConversionException("'" + text + "' is too large for a double");
        }
        return v;
    }

    static int whole(String text) {
        long v = wholeLong(text);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + text + "' is too large (at most " + Integer.MAX_VALUE + ")");
        }
        return (int) v;
    }

    static long wholeLong(String text) {
        String s = text.strip();
        if (!WHOLE.matcher(s).matches()) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
    }

    /** {@code V1,V2,…}: comma-separated finite numbers, for {@code --init}. */
    static double[] list(String flag, String text) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                throw new IllegalArgumentException(flag + ": '" + text + "' has an empty value; write numbers"
                        + " separated by commas, e.g. " + flag + "=1,0");
            }
            try {
                values[i] = finite(parts[i]);
            } catch (TypeConversionException e) {
                throw new IllegalArgumentException(flag + ": value " + (i + 1) + " of '" + text + "': "
                        + e.getMessage(), e);
            }
        }
        return values;
    }

    /** An image size, {@code WIDTHxHEIGHT} in pixels. */
    record Size(int width, int height) {
        static Size parse(String flag, String text) {
            Matcher m = SIZE.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(flag + ": '" + text
                        + "' is not a size; write WIDTHxHEIGHT in pixels, e.g. 1200x800");
            }
            int width = Integer.parseInt(m.group(1));
            int height = Integer.parseInt(m.group(2));
            if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
                throw new IllegalArgumentException(flag + ": " + width + "x" + height + " is out of range; width"
                        + " and height must each be between " + MIN_SIDE + " and " + MAX_SIDE + " pixels");
            }
            return new Size(width, height);
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }
}
