package dev.descent.io;

import dev.descent.core.Dataset;
import dev.descent.core.InvalidDataException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a data set from CSV: two numeric columns, x then y, with or without a header line.
 * A UTF-8 byte-order mark, CRLF line ends, blank lines and spaces around numbers are all fine.
 * Anything else gets a {@link DataFileException} that names the file, the line and the problem.
 *
 * <p>{@link #write} saves a data set in the same form, with an {@code x,y} header; every number is
 * written with {@link Double#toString(double)}, the shortest text that reads back as the same double,
 * so a written file reads back bit for bit.
 */
public final class DataCsv {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private DataCsv() {
    }

    public static Dataset read(Path file) throws DataFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new DataFileException(name + ": is a folder, not a CSV file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new DataFileException(name + ": permission denied");
        } catch (IOException e) {
            throw new DataFileException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(decode(bytes, name), name);
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

    /** Reads a CSV shipped inside the application, e.g. a preset's data. */
    public static Dataset readResource(String resource) {
        try (InputStream in = DataCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + resource);
            }
            return parse(decode(in.readAllBytes(), resource), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DataFileException e) {
            throw new IllegalStateException("bundled data file is broken: " + e.getMessage(), e);
        }
    }

    private static String decode(byte[] bytes, String name) throws DataFileException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DataFileException(name + ": is not UTF-8 text (is it a spreadsheet or another binary file?)");
        }
    }

    /** Parses CSV text; {@code name} is used in messages. */
    public static Dataset parse(String text, String name) throws DataFileException {
        DoubleList xs = new DoubleList();
        DoubleList ys = new DoubleList();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                int line = lines.lineAt(firstAfterLineBreaks(text, (int) record.getCharacterPosition()));
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != 2) {
                    throw new DataFileException(String.format(Locale.ROOT,
                            "%s, line %d: expected 2 columns (x, y) but found %d", name, line, record.size()));
                }
                String sx = record.get(0);
                String sy = record.get(1);
                if (first && isHeaderCell(sx) && isHeaderCell(sy)) {
                    first = false;
                    continue; // a header line such as "x,y"; a first row with a number in it is data
                }
                first = false;
                xs.add(number(sx, "x", name, line));
                ys.add(number(sy, "y", name, line));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException(name + ": is not valid CSV (" + e.getMessage() + ")", e);
        }
        if (xs.size() == 0) {
            throw new DataFileException(name + ": has no data rows (expected lines of x,y numbers)");
        }
        try {
            return Dataset.of(xs.toArray(), ys.toArray());
        } catch (InvalidDataException e) {
            throw new DataFileException(name + ": " + e.getMessage());
        }
    }

    /** A header names its columns: neither cell is a number (nor nan/inf, which are values gone wrong). */
    private static boolean isHeaderCell(String s) {
        return !NUMBER.matcher(s).matches() && !looksNonFinite(s);
    }

    /**
     * Where a record's text starts. The parser reports a record's position before the empty lines it
     * skipped to reach it; step over them so the line number is the record's own.
     */
    private static int firstAfterLineBreaks(String text, int position) {
        int i = position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static boolean looksNonFinite(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
        return t.equals("nan") || t.equals("inf") || t.equals("infinity");
    }

    private static double number(String s, String column, String name, int line) throws DataFileException {
        if (looksNonFinite(s)) {
            throw new DataFileException(String.format(Locale.ROOT,
                    "%s, line %d: %s is %s, but every value must be a finite number", name, line, column, s));
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new DataFileException(String.format(Locale.ROOT,
                    "%s, line %d: %s value '%s' is not a number", name, line, column, s));
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new DataFileException(String.format(Locale.ROOT,
                    "%s, line %d: %s value %s is too large for a double", name, line, column, s));
        }
        return v;
    }

    /** Where each line of a text starts, to turn a record's character offset into a 1-based line number. */
    private static final class LineIndex {
        private int[] starts = new int[64];
        private int count;

        LineIndex(String text) {
            starts[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
        }

        int lineAt(int position) {
            int i = java.util.Arrays.binarySearch(starts, 0, count, position);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    /** A growable double array, so a million rows do not box a million Doubles. */
    private static final class DoubleList {
        private double[] values = new double[64];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
