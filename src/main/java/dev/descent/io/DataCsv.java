package dev.descent.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.descent.core.Dataset;
import dev.descent.core.InvalidDataException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a data set from CSV: two numeric columns, x then y, with or without a header line.
 * A UTF-8 byte-order mark, CRLF or CR line ends, blank lines, spaces around numbers and quoted cells
 * are all fine. Anything else gets a {@link DataFileException} that names the file, the line and the
 * problem, quoting a bad cell at most {@value InputLimits#MAX_QUOTED} characters long.
 *
 * <p>The file is read as a stream of bytes straight into primitive arrays: no line or cell becomes
 * an object unless it is the header or a bad one, and numbers are parsed from the bytes with
 * FastDoubleParser (correctly rounded, as {@link Double#parseDouble} is). Only a regular file is read,
 * within the limits of {@link InputLimits}: its size, its line length and its row count.
 *
 * <p>{@link #write} saves a data set in the same form, with an {@code x,y} header; every number is
 * written with {@link Double#toString(double)}, the shortest text that reads back as the same double,
 * so a written file reads back bit for bit.
 */
public final class DataCsv {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String WHAT = "a CSV file";

    private DataCsv() {
    }

    /** Reads a data CSV; every problem is one message naming the file (and the line, where there is one). */
    public static Dataset read(Path file) throws DataFileException {
        String name = file.toString();
        try (InputStream in = InputFiles.open(file, WHAT, InputLimits.MAX_CSV_BYTES)) {
            return new Parser(in, name, Files.size(file)).parse();
        } catch (IOException e) {
            throw InputFiles.cannotRead(name, e);
        }
    }

    /** Parses CSV text; {@code name} is used in messages. */
    public static Dataset parse(String text, String name) throws DataFileException {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Parser(new ByteArrayInputStream(bytes), name, bytes.length).parse();
        } catch (IOException e) {
            throw InputFiles.cannotRead(name, e);
        }
    }

    /**
     * Writes the points as CSV, {@code x,y} then one row per point, all or nothing (see {@link AtomicFiles}).
     *
     * @throws DataFileException naming the file if it cannot be written
     */
    public static void write(Path file, Dataset data) throws DataFileException {
        AtomicFiles.write(file, out -> write(out, data));
    }

    /** Writes the points as CSV text to a stream, which is flushed but left open. Lines end with {@code \n}. */
    public static void write(java.io.OutputStream out, Dataset data) throws IOException {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("x,y\n");
        for (int i = 0; i < data.size(); i++) {
            w.write(Double.toString(data.x(i)));
            w.write(',');
            w.write(Double.toString(data.y(i)));
            w.write('\n');
        }
        w.flush();
    }


    /** A header names its columns: neither cell is a number (nor nan/inf, which are values gone wrong). */
    private static boolean isHeaderCell(String s) {
        return !NUMBER.matcher(s).matches() && !looksNonFinite(s);
    }

    private static boolean looksNonFinite(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
        return t.equals("nan") || t.equals("inf") || t.equals("infinity");
    }

    /** Whether {@code b[from, to)} is a plain decimal number, {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}. */
    private static boolean isDecimal(byte[] b, int from, int to) {
        int i = from;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            i++;
        }
        int digits = 0;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            i++;
            digits++;
        }
        if (i < to && b[i] == '.') {
            i++;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == to;
    }

    /** The largest whole number below which every whole number is an exact double, 2^53. */
    private static final long EXACT = 1L << 53;
    /** The powers of ten that are exact doubles. */
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** One pass over the bytes of a CSV, line by line, into two columns of doubles. */
    private static final class Parser {
        /** Room for the longest line allowed and its line end, twice over. */
        private static final int BUFFER = 2 * InputLimits.MAX_CSV_LINE + 4;

        private final InputStream in;
        private final String name;
        private final byte[] buf = new byte[BUFFER];
        private int pos;
        private int limit;
        private boolean eof;
        private int line;
        private boolean seenRecord;
        private int rows;
        private final long size;
        private Column xs;
        private Column ys;

        /** @param size the input's length in bytes, to size the columns */
        Parser(InputStream in, String name, long size) {
            this.in = in;
            this.name = name;
            this.size = size;
        }

        Dataset parse() throws IOException, DataFileException {
            while (!eof && limit < 3) {
                fill();
            }
            int expected = expectedRows();
            xs = new Column(expected);
            ys = new Column(expected);
            if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                pos = 3;
            }
            boolean afterCr = false;
            int scan = pos;
            while (true) {
                if (afterCr) {
                    if (pos == limit && !eof) {
                        fill();
                        scan = pos;
                        continue;
                    }
                    if (pos < limit && buf[pos] == '\n') {
                        pos++;
                    }
                    afterCr = false;
                    scan = pos;
                }
                int fast = fastLine(pos);
                if (fast >= 0) {
                    afterCr = buf[fast] == '\r';
                    pos = fast + 1;
                    scan = pos;
                    continue;
                }
                int end = scan;
                while (end < limit && buf[end] != '\n' && buf[end] != '\r') {
                    end++;
                }
                if (end < limit) {
                    line(pos, end);
                    afterCr = buf[end] == '\r';
                    pos = end + 1;
                    scan = pos;
                } else if (eof) {
                    if (pos < limit) {
                        line(pos, limit);
                    }
                    break;
                } else {
                    if (limit - pos > InputLimits.MAX_CSV_LINE) {
                        throw lineTooLong(line + 1);
                    }
                    int unread = limit - pos;
                    fill();
                    scan = pos + unread;
                }
            }
            if (rows == 0) {
                throw new DataFileException(name + ": has no data rows (expected lines of x,y numbers)");
            }
            try {
                return Dataset.adopt(xs.take(), ys.take());
            } catch (InvalidDataException e) {
                throw new DataFileException(name + ": " + e.getMessage());
            }
        }

        /**
         * The rows the input will hold, from its size and the line length at its start, a little over;
         * never more than one per 4 bytes ("1,2" and a line end), so blank lines do not reserve memory.
         */
        private int expectedRows() {
            int lines = 0;
            for (int i = 0; i < limit; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
            double bytesPerLine = lines == 0 ? 16 : Math.max(4, limit / (double) lines);
            return (int) Math.min(InputLimits.MAX_CSV_ROWS, size / bytesPerLine * 1.02 + 64);
        }

        /** Moves the unread bytes to the front of the buffer and reads more after them. */
        private void fill() throws IOException {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }

        private DataFileException lineTooLong(int at) {
            return new DataFileException(String.format(Locale.ROOT,
                    "%s, line %d: the line is longer than %s bytes, the most a CSV line may be (a row of two"
                            + " numbers is under 60)", name, at, InputLimits.count(InputLimits.MAX_CSV_LINE)));
        }

        /**
         * The common line, read in one pass: two plain decimal numbers, with spaces or tabs around them,
         * then a line end, after the first record. Returns where its line end is, or -1 (having changed
         * nothing) to leave the line to {@link #line}: anything else, a line that runs past the buffer,
         * or a value that is not finite, which {@link #line} then words.
         */
        private int fastLine(int from) {
            if (!seenRecord || rows == InputLimits.MAX_CSV_ROWS) {
                return -1;
            }
            int i = number(from);
            if (i < 0 || i >= limit || buf[i] != ',') {
                return -1;
            }
            double x = value;
            i = number(i + 1);
            if (i < 0 || i >= limit || (buf[i] != '\n' && buf[i] != '\r') || i - from > InputLimits.MAX_CSV_LINE) {
                return -1;
            }
            line++;
            xs.add(x);
            ys.add(value);
            rows++;
            return i;
        }

        /** The number just parsed by {@link #number}. */
        private double value;

        /**
         * Parses {@code [blanks] number [blanks]} from {@code i}, leaving the value in {@link #value}, and
         * returns the index after it, or -1 if there is no plain finite decimal number there. Up to 18
         * digits and a power of ten within ±22 are computed exactly here (both the digits and
         * the power are exact doubles, so one multiplication or division rounds correctly); any other
         * number goes to FastDoubleParser.
         */
        private int number(int i) {
            byte[] b = buf;
            int lim = limit;
            while (i < lim && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            int start = i;
            boolean negative = false;
            if (i < lim && (b[i] == '-' || b[i] == '+')) {
                negative = b[i] == '-';
                i++;
            }
            long m = 0;
            int d;
            int whole = i;
            while (i < lim && (d = b[i] - '0') >= 0 && d <= 9) {
                m = m * 10 + d;
                i++;
            }
            int digits = i - whole;
            int scale = 0;
            if (i < lim && b[i] == '.') {
                i++;
                int fraction = i;
                while (i < lim && (d = b[i] - '0') >= 0 && d <= 9) {
                    m = m * 10 + d;
                    i++;
                }
                scale = i - fraction;
                digits += scale;
            }
            if (digits == 0) {
                return -1;
            }
            int exponent = 0;
            int exponentDigits = 0;
            if (i < lim && (b[i] == 'e' || b[i] == 'E')) {
                i++;
                boolean down = false;
                if (i < lim && (b[i] == '-' || b[i] == '+')) {
                    down = b[i] == '-';
                    i++;
                }
                while (i < lim && (d = b[i] - '0') >= 0 && d <= 9) {
                    if (exponentDigits < 6) {
                        exponent = exponent * 10 + d;
                    }
                    exponentDigits++;
                    i++;
                }
                if (exponentDigits == 0) {
                    return -1;
                }
                exponent = down ? -exponent : exponent;
            }
            int end = i;
            while (i < lim && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            int power = exponent - scale;
            double v;
            if (digits <= 18 && exponentDigits < 6 && m <= EXACT && power >= -22 && power <= 22) {
                v = power >= 0 ? m * POWERS[power] : m / POWERS[-power];
                value = negative ? -v : v;
            } else {
                value = JavaDoubleParser.parseDouble(b, start, end - start);
            }
            return Double.isFinite(value) ? i : -1;
        }

        /** One line, {@code buf[from, to)} without its line end. */
        private void line(int from, int to) throws DataFileException {
            line++;
            if (to - from > InputLimits.MAX_CSV_LINE) {
                throw lineTooLong(line);
            }
            int comma = -1;
            int columns = 1;
            boolean plain = true;
            for (int i = from; i < to; i++) {
                byte c = buf[i];
                if (c == ',') {
                    if (comma < 0) {
                        comma = i;
                    }
                    columns++;
                } else if (c == '"' || c <= 0) {
                    plain = false;
                }
            }
            if (!plain) {
                cells(decodedLine(from, to));
                return;
            }
            if (columns != 2) {
                if (columns == 1 && trimStart(from, to) == to) {
                    return; // a blank line
                }
                throw columnCount(columns);
            }
            int xFrom = trimStart(from, comma);
            int xTo = trimEnd(xFrom, comma);
            int yFrom = trimStart(comma + 1, to);
            int yTo = trimEnd(yFrom, to);
            boolean xNumber = isDecimal(buf, xFrom, xTo);
            boolean yNumber = isDecimal(buf, yFrom, yTo);
            if (!seenRecord) {
                seenRecord = true;
                if (!xNumber && !yNumber && isHeaderCell(ascii(xFrom, xTo)) && isHeaderCell(ascii(yFrom, yTo))) {
                    return; // a header line such as "x,y"; a first row with a number in it is data
                }
            }
            double x = xNumber ? JavaDoubleParser.parseDouble(buf, xFrom, xTo - xFrom) : notANumber("x", ascii(xFrom, xTo));
            double y = yNumber ? JavaDoubleParser.parseDouble(buf, yFrom, yTo - yFrom) : notANumber("y", ascii(yFrom, yTo));
            add(x, ascii(xFrom, xTo, !Double.isFinite(x)), y, ascii(yFrom, yTo, !Double.isFinite(y)));
        }

        /** A line with quotes or bytes beyond ASCII, cut into cells by the CSV rules; rare, so done on a String. */
        private void cells(String text) throws DataFileException {
            List<String> cells = new ArrayList<>(2);
            int i = 0;
            int n = text.length();
            while (true) {
                while (i < n && text.charAt(i) <= ' ') {
                    i++;
                }
                StringBuilder cell = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new DataFileException(String.format(Locale.ROOT,
                                    "%s, line %d: a quoted cell is not closed on its line (a closing \" is missing)",
                                    name, line));
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                cell.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            cell.append(c);
                        }
                    }
                }
                while (i < n && text.charAt(i) != ',') {
                    cell.append(text.charAt(i++));
                }
                cells.add(cell.toString().trim());
                if (i >= n) {
                    break;
                }
                i++; // the comma
            }
            if (cells.size() != 2) {
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    return; // a blank line
                }
                throw columnCount(cells.size());
            }
            String sx = cells.get(0);
            String sy = cells.get(1);
            if (!seenRecord) {
                seenRecord = true;
                if (isHeaderCell(sx) && isHeaderCell(sy)) {
                    return;
                }
            }
            add(number(sx, "x"), sx, number(sy, "y"), sy);
        }

        private double number(String s, String column) throws DataFileException {
            if (!NUMBER.matcher(s).matches()) {
                return notANumber(column, s);
            }
            return Double.parseDouble(s);
        }

        private void add(double x, String sx, double y, String sy) throws DataFileException {
            if (!Double.isFinite(x)) {
                throw tooLarge("x", sx);
            }
            if (!Double.isFinite(y)) {
                throw tooLarge("y", sy);
            }
            if (rows == InputLimits.MAX_CSV_ROWS) {
                throw new DataFileException(String.format(Locale.ROOT,
                        "%s, line %d: more than %s data rows, the most a CSV may hold", name, line,
                        InputLimits.count(InputLimits.MAX_CSV_ROWS)));
            }
            xs.add(x);
            ys.add(y);
            rows++;
        }

        private double notANumber(String column, String cell) throws DataFileException {
            if (looksNonFinite(cell)) {
                throw new DataFileException(String.format(Locale.ROOT,
                        "%s, line %d: %s is %s, but every value must be a finite number", name, line, column, cell));
            }
            throw new DataFileException(String.format(Locale.ROOT,
                    "%s, line %d: %s value '%s' is not a number", name, line, column, InputLimits.quoted(cell)));
        }

        private DataFileException tooLarge(String column, String cell) {
            return new DataFileException(String.format(Locale.ROOT,
                    "%s, line %d: %s value %s is too large for a double", name, line, column, InputLimits.quoted(cell)));
        }

        private DataFileException columnCount(int columns) {
            return new DataFileException(String.format(Locale.ROOT,
                    "%s, line %d: expected 2 columns (x, y) but found %d", name, line, columns));
        }

        /** The line as text, refusing bytes that are not UTF-8 text. */
        private String decodedLine(int from, int to) throws DataFileException {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(buf, from, to - from)).toString();
            } catch (CharacterCodingException e) {
                throw new DataFileException(name + ": is not UTF-8 text (is it a spreadsheet or another binary file?)");
            }
            if (text.indexOf('\u0000') >= 0) {
                throw new DataFileException(String.format(Locale.ROOT, "%s: is not UTF-8 text (line %d holds a zero"
                        + " byte: is it a binary file, or text saved as UTF-16?)", name, line));
            }
            return text;
        }

        private int trimStart(int from, int to) {
            int i = from;
            while (i < to && buf[i] <= ' ') {
                i++;
            }
            return i;
        }

        private int trimEnd(int from, int to) {
            int i = to;
            while (i > from && buf[i - 1] <= ' ') {
                i--;
            }
            return i;
        }

        private String ascii(int from, int to) {
            return new String(buf, from, to - from, StandardCharsets.US_ASCII);
        }

        /** The cell's text only when a message may need it. */
        private String ascii(int from, int to, boolean needed) {
            return needed ? ascii(from, to) : null;
        }
    }

    /**
     * A growing column of doubles in one array, sized from the expected row count so that it rarely
     * grows (by half when it must) and is copied once at most, to trim it. A large array goes straight
     * to the old generation, so the collector never copies the values while the file is read.
     */
    private static final class Column {
        private double[] values;
        private int used;

        Column(int expected) {
            values = new double[Math.max(16, expected)];
        }

        void add(double v) {
            if (used == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(InputLimits.MAX_CSV_ROWS + 1L, used + (used >> 1) + 16L));
            }
            values[used++] = v;
        }

        /** The values in an array of their own length; the column is empty afterwards. */
        double[] take() {
            double[] out = used == values.length ? values : Arrays.copyOf(values, used);
            values = new double[0];
            used = 0;
            return out;
        }
    }
}
