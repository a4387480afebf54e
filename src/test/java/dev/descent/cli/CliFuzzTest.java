package dev.descent.cli;

import dev.descent.io.CleanMessages;
import dev.descent.io.FuzzTries;
import dev.descent.io.Hostile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line against hostile flags, run in-process as {@link BadInputTest} runs it (charts recorded,
 * not drawn; no output flags, so nothing is written). For every corpus line ({@code hostile/cli/args.txt})
 * and every random mix of hostile flags: exit 0, 2 (bad input) or 3 (diverged), never 1; at most one line
 * on standard error, and for exit 2 exactly one, {@code descent: } and a short message in our words (no
 * library class, no stack trace); never a hang (bounded at {@link Hostile#HANG}), never more than
 * {@value #MAX_BYTES} bytes allocated. Every generated command line ends its training within two epochs.
 *
 * <p>Tries per property: see {@link FuzzTries}.
 */
@AddLifecycleHook(FuzzTries.class)
class CliFuzzTest {
    static final long MAX_BYTES = 256L << 20;
    private static final String CSV = Hostile.CORPUS.resolve("csv").toString();

    static List<List<String>> corpus() throws Exception {
        List<List<String>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Hostile.CORPUS.resolve("cli/args.txt"), StandardCharsets.UTF_8)) {
            lines.add(Arrays.stream(line.split("\t", -1)).map(a -> a.replace("{csv}", CSV)).toList());
        }
        assertTrue(lines.size() >= 50, "the corpus holds " + lines.size() + " command lines");
        return lines;
    }

    /** Runs the command line within the bounds and checks what it printed. */
    static void runAndCheck(List<String> args) {
        CliRunner.Result r = Hostile.bounded(MAX_BYTES,
                () -> CliRunner.run(new RecordingCharts(), args.toArray(String[]::new)));
        String what = args + " gave " + r;
        assertTrue(r.exit() == Cli.OK || r.exit() == Cli.BAD_INPUT || r.exit() == Cli.DIVERGED, what);
        assertTrue(r.errLines().size() <= 1, what);
        if (r.exit() == Cli.BAD_INPUT) {
            assertEquals(1, r.errLines().size(), what);
            CleanMessages.assertClean(r.errLines().get(0), "descent: ");
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusLineEndsCleanly(List<String> args) {
        runAndCheck(args);
    }

    private static final String[][] FLAGS = {
            {"--lr", "0.1", "abc", "NaN", "-1", "1e999", "", "0x10", "1,5", "1e-300", "0"},
            {"--epochs", "abc", "0", "-3", "99999999999999", "1.5", "1e3"},
            {"--batch-size", "1", "2", "-1", "0", "1e3", "99999999999"},
            {"--model", "line", "affine", "quadratic", "cubic", "", "LINE "},
            {"--preset", "gd", "sgd", "momentum", "quadratic", "zero-start", "nope", "\u0007"},
            {"--init", "1", "1,2", "1,2,3", "a,b", "", "1e999", "1e308,1e308,1e308"},
            {"--optimizer", "sgd", "adam", "rmsprop", "adagrad", "lbfgs", ""},
            {"--momentum", "0.9", "2", "-0.5", "abc"},
            {"--dampening", "0", "0.9", "5"},
            {"--weight-decay", "0", "0.01", "-1"},
            {"--seed", "1", "abc", "99999999999999999999999", "-1"},
            {"--compare", "lr=0.2", "momentum=0.9,dampening=0", "nesterov", "optimizer=adam", "garbage", "lr=",
                    "=", "lr=1,lr=2", "epochs=0", "epochs=2", "x=1", "batch-size=0", "lr=-1"},
            {"--data", CSV + "/good.csv", CSV + "/nan.csv", CSV + "/random-bytes.csv", CSV, CSV + "/missing.csv",
                    CSV + "/long-bad-cell.csv", CSV + "/utf16le-bom.csv", CSV + "/quoted.csv", ""},
    };
    private static final String[] SWITCHES = {"--nesterov", "--shuffle", "--bogus", "-x", "--", "-", "--lr=0.1=0.2"};

    /** "train", then one to four hostile flags in any order, then "--epochs 2" unless epochs were given. */
    @Provide
    Arbitrary<List<String>> commandLines() {
        return Arbitraries.randomValue(CliFuzzTest::commandLine);
    }

    private static List<String> commandLine(Random r) {
        List<String> args = new ArrayList<>(List.of("train"));
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            if (r.nextInt(8) == 0) {
                args.add(SWITCHES[r.nextInt(SWITCHES.length)]);
                continue;
            }
            String[] flag = FLAGS[r.nextInt(FLAGS.length)];
            String value = r.nextInt(20) == 0 ? "9".repeat(5_000) : flag[1 + r.nextInt(flag.length - 1)];
            if (r.nextBoolean()) {
                args.add(flag[0] + "=" + value);
            } else {
                args.add(flag[0]);
                args.add(value);
            }
        }
        if (args.stream().noneMatch(a -> a.startsWith("--epochs"))) {
            args.addAll(List.of("--epochs", "2"));
        }
        return args;
    }

    @Property
    void hostileFlagsEndCleanly(@ForAll("commandLines") List<String> args) {
        runAndCheck(args);
    }

    /** The corpus folder is where the generated lines point. */
    @ParameterizedTest
    @MethodSource("corpus")
    void corpusLinesNameRealFiles(List<String> args) {
        args.stream().filter(a -> a.startsWith(CSV + "/good")).forEach(a -> assertTrue(Files.exists(Path.of(a)), a));
    }
}
