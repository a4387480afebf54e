package dev.descent.io;

import dev.descent.core.Format;

import java.util.Locale;

/**
 * The limits on what Descent reads, in one place. Each is far above real use (the app makes at most a
 * million points; a CSV of ten million rows loads) and far below what would exhaust memory or time, so
 * that a wrong or hostile file is refused with a message instead of filling the heap or never ending.
 */
public final class InputLimits {
    /** The largest data CSV read: 1 GiB, room for 20 million rows of 17-digit numbers. */
    public static final long MAX_CSV_BYTES = 1L << 30;
    /** The most data rows a CSV may hold: twice the ten million that must load. */
    public static final int MAX_CSV_ROWS = 20_000_000;
    /** The longest CSV line, in bytes: a row of two numbers is under 60. */
    public static final int MAX_CSV_LINE = 65_536;
    /**
     * The largest session file: 1 GiB, as for a CSV, so that any session the app saves it can open again:
     * the data of the largest CSV read (ten million points, the most that must load) saves as about
     * 450 MB of JSON. Opening streams the points into two arrays, so it takes about their size in memory
     * (16 bytes a point), not a tree of the file.
     */
    public static final long MAX_SESSION_BYTES = 1L << 30;
    /** How deeply a session's JSON may nest: a session itself is 4 levels deep (runs, a run, its optimizer). */
    public static final int MAX_SESSION_DEPTH = 16;
    /** The longest number in a session, in digits: a double needs at most 25 characters. */
    public static final int MAX_SESSION_NUMBER = 1_000;
    /** The longest text value in a session (a label, an id), in characters. */
    public static final int MAX_SESSION_TEXT = 100_000;
    /** The most characters of a bad value quoted in a message; a longer one is cut with an ellipsis. */
    public static final int MAX_QUOTED = 40;

    private InputLimits() {
    }

    /**
     * A value as a message quotes it: at most {@value #MAX_QUOTED} characters (the last an ellipsis when
     * it is cut), with control characters shown as {@code ?} so that the message stays on one line.
     */
    public static String quoted(String value) {
        String s = value;
        if (s.codePointCount(0, s.length()) > MAX_QUOTED) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_QUOTED - 1)) + "…";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }

    /** A byte count for a message: "1 GiB", "256 MiB", "1.5 KiB", "80 bytes". */
    static String bytes(long n) {
        if (n >= 1L << 30) {
            return scaled(n / (double) (1L << 30), "GiB");
        }
        if (n >= 1L << 20) {
            return scaled(n / (double) (1L << 20), "MiB");
        }
        if (n >= 1L << 10) {
            return scaled(n / (double) (1L << 10), "KiB");
        }
        return n + " bytes";
    }

    private static String scaled(double v, String unit) {
        String s = String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " " + unit;
    }

    /** A count with thousands separators: "20,000,000". */
    static String count(long n) {
        return Format.count(n);
    }
}
