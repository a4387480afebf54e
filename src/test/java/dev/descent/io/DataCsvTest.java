package dev.descent.io;

import dev.descent.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataCsvTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Dataset read(String text) throws Exception {
        return DataCsv.read(write("data.csv", text));
    }

    private String error(String text) throws IOException {
        Path f = write("bad.csv", text);
        String m = assertThrows(DataFileException.class, () -> DataCsv.read(f)).getMessage();
        assertTrue(m.startsWith(f.toString()), "the message names the file: " + m);
        return m.substring(f.toString().length());
    }

    private static void assertPoints(Dataset d, double[] x, double[] y) {
        assertArrayEquals(x, d.xs());
        assertArrayEquals(y, d.ys());
    }

    @Test
    void plainRowsWithoutHeader() throws Exception {
        assertPoints(read("1,2\n2,4\n3,6\n"), new double[] {1, 2, 3}, new double[] {2, 4, 6});
        assertPoints(read("1,2\n2,4\n3,6"), new double[] {1, 2, 3}, new double[] {2, 4, 6});
    }

    @Test
    void headerBomCrlfBlankLinesAndSpaces() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "x,y\r\n\r\n 1 , 2.5 \r\n\r\n-3e-1,\t+4\r\n   \r\n.5,6.\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Dataset d = DataCsv.read(write("bom.csv", all));
        assertPoints(d, new double[] {1, -0.3, 0.5}, new double[] {2.5, 4, 6});
    }

    @Test
    void valuesReadBackAsTheExactDoubles() throws Exception {
        Dataset d = read("0.023643249400513433,2.724795759269935\n");
        assertEquals(0.023643249400513433, d.x(0));
        assertEquals(2.724795759269935, d.y(0));
    }

    @Test
    void quotedHeader() throws Exception {
        assertPoints(read("\"hours\",\"points\"\n1,2\n"), new double[] {1}, new double[] {2});
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nope.csv");
        String m = assertThrows(DataFileException.class, () -> DataCsv.read(f)).getMessage();
        assertEquals(f + ": no such file", m);
    }

    @Test
    void folderInsteadOfFile() {
        String m = assertThrows(DataFileException.class, () -> DataCsv.read(dir)).getMessage();
        assertTrue(m.startsWith(dir.toString()) && m.contains("folder"), m);
    }

    @Test
    void emptyFile() throws IOException {
        assertTrue(error("").contains("has no data rows"));
        assertTrue(error("\n\n\r\n").contains("has no data rows"));
    }

    @Test
    void headerOnly() throws IOException {
        assertTrue(error("x,y\n").contains("has no data rows"));
    }

    @Test
    void notUtf8() throws IOException {
        Path f = write("sheet.csv", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1});
        String m = assertThrows(DataFileException.class, () -> DataCsv.read(f)).getMessage();
        assertTrue(m.startsWith(f.toString()) && m.contains("UTF-8"), m);
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("three columns", "x,y\n1,2\n3,4,5\n", ", line 3: expected 2 columns (x, y) but found 3"),
                Arguments.of("one column", "1,2\n3\n", ", line 2: expected 2 columns (x, y) but found 1"),
                Arguments.of("non-numeric y", "x,y\n1,2\n2,abc\n", ", line 3: y value 'abc' is not a number"),
                Arguments.of("non-numeric x", "1,2\n2,4\n1O,6\n", ", line 3: x value '1O' is not a number"),
                Arguments.of("empty field", "1,2\n,4\n", ", line 2: x value '' is not a number"),
                Arguments.of("NaN", "x,y\n1,2\n3,NaN\n", ", line 3: y is NaN, but every value must be a finite number"),
                Arguments.of("nan first", "nan,1\n", ", line 1: x is nan, but every value must be a finite number"),
                Arguments.of("inf", "1,2\n-inf,3\n", ", line 2: x is -inf, but every value must be a finite number"),
                Arguments.of("Infinity", "1,2\n3,Infinity\n", ", line 2: y is Infinity, but every value must be a finite number"),
                Arguments.of("overflow", "1,2\n3,1e999\n", ", line 2: y value 1e999 is too large for a double"),
                Arguments.of("CRLF", "x,y\r\n1,2\r\n3,q\r\n", ", line 3: y value 'q' is not a number"),
                Arguments.of("after BOM and header", "\uFEFFx,y\n1,2\n2,z\n", ", line 3: y value 'z' is not a number"),
                // Blank lines before the bad row count: the line is where the bad row is.
                Arguments.of("after blank lines", "x,y\n1,2\n\n\n1,abc\n", ", line 5: y value 'abc' is not a number"),
                Arguments.of("after blank CRLF lines", "1,2\r\n\r\n3,nan\r\n", ", line 3: y is nan, but every value must be a finite number"),
                Arguments.of("3 columns after blank lines", "1,2\n\n\n3,4,5\n", ", line 4: expected 2 columns (x, y) but found 3"),
                Arguments.of("at the start after blank lines", "\n\n1,x\n", ", line 3: y value 'x' is not a number"),
                Arguments.of("after a line of spaces", "1,2\n   \n\n3,x\n", ", line 4: y value 'x' is not a number"),
                // A first row with one number is a broken data row, not a header to drop silently.
                Arguments.of("typo in the first row", "1,abc\n2,3\n", ", line 1: y value 'abc' is not a number"),
                Arguments.of("a single valid row", "1,2\n", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void errorsNameTheFileAndTheLine(String what, String text, String expected) throws Exception {
        if (expected == null) {
            assertPoints(read(text), new double[] {1}, new double[] {2});
            return;
        }
        assertEquals(expected, error(text));
    }

    @Test
    void parseNamesTheGivenSource() {
        String m = assertThrows(DataFileException.class, () -> DataCsv.parse("1,2\n3", "pasted text")).getMessage();
        assertEquals("pasted text, line 2: expected 2 columns (x, y) but found 1", m);
    }

    /** The lectures read their bundled data without io; what they read is what this reader reads, bit for bit. */
    @Test
    void bundledPresetDataReadsTheSameAsTheCsvReader() throws Exception {
        for (String resource : new String[] {"fastai_momentum.csv", "quadratic_fit.csv"}) {
            Dataset core = dev.descent.core.BundledData.read("/dev/descent/data/" + resource);
            Dataset csv = DataCsv.read(Path.of("src/main/resources/dev/descent/data", resource));
            assertArrayEquals(csv.xs(), core.xs(), resource);
            assertArrayEquals(csv.ys(), core.ys(), resource);
        }
        assertEquals(100, dev.descent.core.BundledData.read("/dev/descent/data/fastai_momentum.csv").size());
        assertEquals(15, dev.descent.core.BundledData.read("/dev/descent/data/quadratic_fit.csv").size());
    }

    @Test
    void aLongBadCellIsQuotedAtMost40CharactersLong() throws IOException {
        String cell = "a".repeat(10_000);
        assertEquals(", line 2: y value '" + "a".repeat(39) + "…' is not a number", error("1,2\n3," + cell + "\n"));
        assertEquals(", line 1: x value " + "9".repeat(39) + "… is too large for a double",
                error("1" + "0".repeat(400) + ",2\n").replace("1" + "0".repeat(38), "9".repeat(39)));
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutQuotingIt() throws IOException {
        String m = error("x,y\n1,2\n3," + "7".repeat(10_000_000) + "\n");
        assertEquals(", line 3: the line is longer than 65,536 bytes, the most a CSV line may be (a row of two numbers"
                + " is under 60)", m);
        assertEquals(", line 1: the line is longer than 65,536 bytes, the most a CSV line may be (a row of two numbers"
                + " is under 60)", error("9".repeat(70_000)));
    }

    @Test
    void controlCharactersAndZeroBytesKeepTheMessageOnOneLine() throws IOException {
        assertEquals(", line 1: x value 'a?b' is not a number", error("a\u0007b,1\n"));
        assertEquals(": is not UTF-8 text (line 2 holds a zero byte: is it a binary file, or text saved as UTF-16?)",
                error("1,2\n1\u0000,2\n"));
    }

    @Test
    void quotedCells() throws Exception {
        assertPoints(read("\"x\",\"y\"\n\"1\",\" 2 \"\n"), new double[] {1}, new double[] {2});
        assertPoints(read("\"a, b\",\"say \"\"c\"\"\"\n1,2\n"), new double[] {1}, new double[] {2});
        assertEquals(", line 2: a quoted cell is not closed on its line (a closing \" is missing)", error("1,2\n\"3,4\n5,6\n"));
        assertEquals(", line 2: expected 2 columns (x, y) but found 1", error("1,2\n\"3,4\"\n"));
    }

    @Test
    void headerInAnotherScriptAndLoneCarriageReturns() throws Exception {
        assertPoints(read("größe,gewicht\n1,2\n"), new double[] {1}, new double[] {2});
        assertEquals(", line 3: y value 'q' is not a number", error("x,y\r1,2\r3,q\r"));
        assertEquals(", line 2: y value 'é' is not a number", error("1,2\n3,é\n"));
    }

    /** Lines that cross the reader's buffer (1 MiB), CRLF split between two reads included, read exactly. */
    @Test
    void largeFilesReadExactlyAcrossBufferBoundaries() throws Exception {
        java.util.Random random = new java.util.Random(7);
        int rows = 150_000;
        double[] x = new double[rows];
        double[] y = new double[rows];
        StringBuilder text = new StringBuilder("x,y\r\n");
        for (int i = 0; i < rows; i++) {
            x[i] = random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
            y[i] = random.nextDouble();
            text.append(x[i]).append(i % 3 == 0 ? " , " : ",").append(y[i]).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        Dataset d = read(text.toString());
        assertPoints(d, x, y);
        text.append("1,oops\r\n");
        assertEquals(", line " + (rows + 2) + ": y value 'oops' is not a number", error(text.toString()));
    }
}
