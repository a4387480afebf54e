package dev.descent.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every kind of bad input: exit code 2, exactly one line on standard error that starts with
 * {@code descent: } and names the problem (and the file and line where there is one), no stack trace,
 * nothing on standard output, and no output file or folder left behind.
 */
class BadInputTest {

    /**
     * @param args      the command line, given the folder that holds the data files
     * @param outputs   whether to add {@code --csv out/h.csv --png out/png}, to check that nothing is written
     * @param fragments what the error line must contain
     */
    record Case(String name, Function<Path, List<String>> args, boolean outputs, List<String> fragments) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dir;
    Path data;
    Path out;

    @BeforeEach
    void writeDataFiles() throws IOException {
        data = Files.createDirectory(dir.resolve("data"));
        out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(data.resolve("empty.csv"), "");
        Files.writeString(data.resolve("header-only.csv"), "x,y\n");
        Files.writeString(data.resolve("three-columns.csv"), "x,y\n1,2\n3,4,5\n");
        Files.writeString(data.resolve("words.csv"), "x,y\n1,2\n2,abc\n");
        Files.writeString(data.resolve("infinite.csv"), "1,2\ninf,3\n");
        Files.writeString(data.resolve("nan.csv"), "1,2\n2,4\n3,NaN\n");
        Files.writeString(data.resolve("huge.csv"), "1,2\n1e400,3\n");
        Files.write(data.resolve("binary.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2});
        Files.createDirectory(data.resolve("folder.csv"));
        Files.writeString(data.resolve("good.csv"), "1,2\n2,4\n3,6\n");
        Files.writeString(dir.resolve("a-file"), "not a folder");
    }

    static Stream<Case> cases() {
        return Stream.of(
                // data files
                train("missing data file", d -> List.of("--data", d.resolve("data/missing.csv").toString()),
                        "missing.csv: no such file"),
                train("empty data file", d -> List.of("--data", d.resolve("data/empty.csv").toString()),
                        "empty.csv: has no data rows"),
                train("header but no rows", d -> List.of("--data", d.resolve("data/header-only.csv").toString()),
                        "header-only.csv: has no data rows"),
                train("three columns", d -> List.of("--data", d.resolve("data/three-columns.csv").toString()),
                        "three-columns.csv, line 3: expected 2 columns (x, y) but found 3"),
                train("not a number", d -> List.of("--data", d.resolve("data/words.csv").toString()),
                        "words.csv, line 3: y value 'abc' is not a number"),
                train("infinite value", d -> List.of("--data", d.resolve("data/infinite.csv").toString()),
                        "infinite.csv, line 2: x is inf, but every value must be a finite number"),
                train("NaN value", d -> List.of("--data", d.resolve("data/nan.csv").toString()),
                        "nan.csv, line 3: y is NaN, but every value must be a finite number"),
                train("value too large", d -> List.of("--data", d.resolve("data/huge.csv").toString()),
                        "huge.csv, line 2: x value 1e400 is too large for a double"),
                train("binary file", d -> List.of("--data", d.resolve("data/binary.csv").toString()),
                        "binary.csv: is not UTF-8 text"),
                train("data is a folder", d -> List.of("--data", d.resolve("data/folder.csv").toString()),
                        "folder.csv: is a folder, not a CSV file"),
                // model and starting values
                train("too many --init values", d -> List.of("--init=1,2"),
                        "the line model y = w·x has 1 parameter (w) but 2 starting values were given"),
                train("too few --init values", d -> List.of("--model", "quadratic", "--init=1,2"),
                        "the quadratic model y = a·x² + b·x + c has 3 parameters (a, b, c) but 2 starting values"
                                + " were given"),
                train("--init on own data", d -> List.of("--data", d.resolve("data/good.csv").toString(),
                        "--init=0,0"), "the line model y = w·x has 1 parameter (w) but 2 starting values"),
                train("--init not a number", d -> List.of("--init=1,abc"),
                        "--init: value 2 of '1,abc': 'abc' is not a number"),
                train("--init empty value", d -> List.of("--init=1,,2"), "--init: '1,,2' has an empty value"),
                train("unknown preset", d -> List.of("--preset", "nope"),
                        "unknown preset 'nope': choose one of gd, sgd, minibatch, zero-start, momentum, quadratic"),
                train("unknown model", d -> List.of("--model", "cubic"),
                        "unknown model 'cubic': choose one of line, affine, quadratic"),
                train("unknown optimizer", d -> List.of("--optimizer", "sgdd"),
                        "unknown optimizer 'sgdd': choose one of sgd, adam, rmsprop, adagrad"),
                // what PyTorch refuses
                train("negative lr", d -> List.of("--lr", "-0.1"),
                        "learning rate -0.1 is out of range: it must be a number ≥ 0"),
                train("negative lr for adam", d -> List.of("--optimizer", "adam", "--lr", "-1"),
                        "learning rate -1 is out of range: it must be a number ≥ 0"),
                train("negative momentum", d -> List.of("--momentum", "-0.5"),
                        "momentum -0.5 is out of range: it must be in [0, 1] (PyTorch refuses a negative momentum;"),
                train("negative weight decay", d -> List.of("--weight-decay", "-1"), "weight decay -1 is out of range: it must be a number ≥ 0"),
                train("nesterov without momentum", d -> List.of("--nesterov"),
                        "Nesterov momentum needs momentum > 0 and dampening 0, but this run has momentum 0 and dampening 0"),
                train("nesterov with dampening", d -> List.of("--nesterov", "--momentum", "0.9", "--dampening", "0.1"),
                        "Nesterov momentum needs momentum > 0 and dampening 0, but this run has momentum 0.9 and dampening 0.1"),
                train("nesterov on the dampened momentum preset", d -> List.of("--preset", "momentum", "--nesterov"),
                        "this run has momentum 0.8 and dampening 0.8"),
                train("momentum for adam", d -> List.of("--optimizer", "adam", "--momentum", "0.9"),
                        "--momentum applies only to --optimizer sgd, but this run uses adam"),
                // numbers on the command line
                train("lr not a number", d -> List.of("--lr", "abc"), "--lr: 'abc' is not a number"),
                train("lr NaN", d -> List.of("--lr", "NaN"), "--lr: 'NaN' is not allowed: the value must be a finite"),
                train("lr infinite", d -> List.of("--lr=Infinity"), "--lr: 'Infinity' is not allowed"),
                train("lr without a value", d -> List.of("--epochs", "3", "--lr"), "--lr needs a value"),
                train("zero epochs", d -> List.of("--epochs", "0"), "epochs 0 is out of range: it must be a whole number in [1, 100,000,000]"),
                train("negative epochs", d -> List.of("--epochs", "-5"), "epochs -5 is out of range: it must be a whole number in [1, 100,000,000]"),
                train("fractional epochs", d -> List.of("--epochs", "1.5"), "--epochs: '1.5' is not a whole number"),
                train("epochs too large", d -> List.of("--epochs", "99999999999"), "--epochs: '99999999999' is too large"),
                train("negative batch size", d -> List.of("--batch-size", "-2"),
                        "batch size -2 is out of range: it must be a whole number ≥ 0 (0 is the full batch)"),
                train("epochs above the limit", d -> List.of("--epochs", "100000001"),
                        "epochs 100,000,001 is out of range: it must be a whole number in [1, 100,000,000]"),
                train("momentum above 1", d -> List.of("--momentum", "1.5"),
                        "momentum 1.5 is out of range: it must be in [0, 1]"),
                train("seed not a number", d -> List.of("--shuffle", "--seed", "x"), "--seed: 'x' is not a whole number"),
                train("size without height", d -> List.of("--size", "1200"),
                        "--size: '1200' is not a size; write WIDTHxHEIGHT in pixels, e.g. 1200x800"),
                train("size with three numbers", d -> List.of("--size", "1200x800x3"), "--size: '1200x800x3' is not a size"),
                train("size zero", d -> List.of("--size", "0x800"),
                        "--size: 0x800 is out of range; width and height must each be between 100 and 10000 pixels"),
                train("size too large", d -> List.of("--size", "20000x800"), "--size: 20000x800 is out of range"),
                train("unknown option", d -> List.of("--learning-rate", "0.1"),
                        "unknown option '--learning-rate' for 'descent train'"),
                train("misspelt option", d -> List.of("--lrr=0.1"),
                        "unknown option '--lrr' for 'descent train' (did you mean --lr?)"),
                train("stray argument", d -> List.of("gd"), "unexpected argument 'gd' for 'descent train'"),
                // output paths (without the standard outputs)
                new Case("--csv in a missing folder",
                        d -> List.of("train", "--csv", d.resolve("out/nowhere/h.csv").toString()), false,
                        List.of("--csv ", "nowhere/h.csv: the folder ", "nowhere does not exist")),
                new Case("--csv is a folder", d -> List.of("train", "--csv", d.resolve("out").toString()), false,
                        List.of("--csv ", "out: is a folder; give a file name")),
                new Case("--csv inside a file", d -> List.of("train", "--csv", d.resolve("a-file/h.csv").toString()),
                        false, List.of("--csv ", "a-file/h.csv: ", "a-file is a file, not a folder")),
                new Case("--png is a file", d -> List.of("train", "--png", d.resolve("a-file").toString()),
                        false, List.of("--png ", "a-file: is a file, not a folder")),
                new Case("--png inside a file", d -> List.of("train", "--png", d.resolve("a-file/charts").toString()),
                        false, List.of("--png ", "a-file/charts: the folder cannot be created because ",
                        "a-file is a file")),
                // commands
                new Case("unknown command", d -> List.of("fit", "--preset", "gd"), false,
                        List.of("unknown command 'fit': the commands are train, presets, bench and probe (see 'descent --help')")),
                new Case("no command", d -> List.of(), false, List.of("no command given")),
                new Case("presets takes no arguments", d -> List.of("presets", "gd"), false,
                        List.of("unexpected argument 'gd' for 'descent presets'")));
    }

    private static Case train(String name, Function<Path, List<String>> args, String fragment) {
        return new Case(name, d -> {
            List<String> all = new ArrayList<>(List.of("train"));
            all.addAll(args.apply(d));
            return all;
        }, true, List.of(fragment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsOneClearLineAndExit2(Case c) {
        List<String> args = new ArrayList<>(c.args().apply(dir));
        if (c.outputs()) {
            // Options first, so that a case ending in a dangling option still ends the line.
            args.addAll(1, List.of("--csv", out.resolve("h.csv").toString(), "--png", out.resolve("png").toString()));
        }
        CliRunner.Result r = CliRunner.run(new RecordingCharts(), args.toArray(String[]::new));

        assertEquals(2, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("descent: "), line);
        for (String fragment : c.fragments()) {
            assertTrue(line.contains(fragment), () -> "expected '" + fragment + "' in: " + line);
        }
        assertNoTrace(line);
        assertEquals("", r.out(), "nothing on standard output");
        assertEquals(List.of(), CliRunner.listing(out), "nothing written");
    }

    @Test
    void unwritableCsvFolderIsRefusedBeforeTraining() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as a user who can write anywhere (root)");
            CliRunner.Result r = CliRunner.run("train", "--csv", locked.resolve("h.csv").toString());
            assertEquals(2, r.exit(), r::toString);
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.errLines().get(0).contains("cannot write in the folder"), r::toString);
            assertTrue(r.errLines().get(0).contains("permission denied"), r::toString);
            assertEquals("", r.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(List.of(), CliRunner.listing(locked));
    }

    /** A write that fails after training (here: the chart export) is still one line, exit 2. */
    @Test
    void failingChartExportIsOneLine() {
        ChartExport failing = (config, history, result, width, height) -> java.util.Map.of("fit.png", o -> {
            throw new java.io.IOException("No space left on device");
        });
        CliRunner.Result r = CliRunner.run(failing, "train", "--png", out.resolve("png").toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).endsWith("fit.png: cannot be written (No space left on device)"), r::toString);
    }

    /** A bug inside Descent is also one line (exit 1), never a stack trace. */
    @Test
    void unexpectedErrorIsOneLineWithExit1() {
        ChartExport broken = (config, history, result, width, height) -> {
            throw new IllegalStateException("renderer exploded\nsecond line");
        };
        CliRunner.Result r = CliRunner.run(broken, "train", "--png", out.resolve("png").toString());
        assertEquals(1, r.exit(), r::toString);
        assertEquals(List.of("descent: internal error, please report it: IllegalStateException: renderer exploded"),
                r.errLines());
    }

    private static void assertNoTrace(String line) {
        assertFalse(line.contains("Exception"), line);
        assertFalse(line.contains("\tat "), line);
        assertFalse(line.contains("at dev.descent"), line);
        assertFalse(line.contains("picocli"), line);
    }
}
