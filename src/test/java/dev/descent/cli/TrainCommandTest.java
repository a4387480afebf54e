package dev.descent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import static dev.descent.cli.CliRunner.assertClose;
import static dev.descent.cli.CliRunner.csv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code descent train} end to end, through {@code Cli.run(args, out, err)}: what it prints and writes. */
class TrainCommandTest {

    /**
     * The lines the first lecture (reference/lectures/000_9fdcfca31bf16ca0.txt) prints for its batch
     * gradient descent run; the slides elide epochs 11 to 89 with "....." .
     */
    private static final List<String> LECTURE_EPOCHS_0_TO_10 = List.of(
            "Epoch: 0 w= 1.09 cost= 4.67",
            "Epoch: 1 w= 1.18 cost= 3.84",
            "Epoch: 2 w= 1.25 cost= 3.15",
            "Epoch: 3 w= 1.32 cost= 2.59",
            "Epoch: 4 w= 1.39 cost= 2.13",
            "Epoch: 5 w= 1.44 cost= 1.75",
            "Epoch: 6 w= 1.50 cost= 1.44",
            "Epoch: 7 w= 1.54 cost= 1.18",
            "Epoch: 8 w= 1.59 cost= 0.97",
            "Epoch: 9 w= 1.62 cost= 0.80",
            "Epoch: 10 w= 1.66 cost= 0.66");
    private static final List<String> LECTURE_EPOCHS_90_TO_99 = List.of(
            "Epoch: 90 w= 2.00 cost= 0.00",
            "Epoch: 91 w= 2.00 cost= 0.00",
            "Epoch: 92 w= 2.00 cost= 0.00",
            "Epoch: 93 w= 2.00 cost= 0.00",
            "Epoch: 94 w= 2.00 cost= 0.00",
            "Epoch: 95 w= 2.00 cost= 0.00",
            "Epoch: 96 w= 2.00 cost= 0.00",
            "Epoch: 97 w= 2.00 cost= 0.00",
            "Epoch: 98 w= 2.00 cost= 0.00",
            "Epoch: 99 w= 2.00 cost= 0.00");
    private static final String LECTURE_PREDICT_AFTER = "Predict (after training) 4 8.00";
    /**
     * The lecture prints {@code Predict (before training) 4 4.0} (Python's str of 4.0, unformatted) but
     * {@code 8.00} after training; Descent writes both with two decimals, as its spec asks.
     */
    private static final String PREDICT_BEFORE = "Predict (before training) 4 4.00";

    @TempDir
    Path dir;

    @Test
    void gdPrintsTheLecturesLog() {
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd");

        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals(102, lines.size(), r::toString);
        assertEquals(PREDICT_BEFORE, lines.get(0));
        assertEquals(LECTURE_EPOCHS_0_TO_10, lines.subList(1, 12));
        assertEquals(LECTURE_EPOCHS_90_TO_99, lines.subList(91, 101));
        assertEquals(LECTURE_PREDICT_AFTER, lines.get(101));
    }

    @Test
    void gdIsTheDefaultPreset() {
        CliRunner.Result r = CliRunner.run("train");

        assertEquals(0, r.exit(), r::toString);
        assertEquals(PREDICT_BEFORE, r.outLines().get(0));
        assertEquals(LECTURE_EPOCHS_0_TO_10.get(0), r.outLines().get(1));
        assertEquals(LECTURE_PREDICT_AFTER, r.outLines().get(101));
    }

    /** The epochs the slides elide, rounded from the golden values the way Python's '%.2f' rounds. */
    @Test
    void gdElidedEpochsMatchTheGoldenRunRoundedLikePython() {
        List<String[]> golden = csv(CliRunner.resource("/golden/lecture_batch_gd.csv"));
        List<String> lines = CliRunner.run("train", "--preset", "gd").outLines();
        for (int epoch = 11; epoch <= 89; epoch++) {
            String[] row = golden.get(epoch + 1);
            String expected = "Epoch: " + epoch + " w= " + twoDecimals(row[1]) + " cost= " + twoDecimals(row[2]);
            assertEquals(expected, lines.get(epoch + 1));
        }
    }

    @Test
    void gdCsvMatchesTheGoldenRun() throws IOException {
        Path out = dir.resolve("history.csv");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--csv", out.toString());

        assertEquals(0, r.exit(), r::toString);
        List<String[]> ours = csv(out);
        List<String[]> golden = csv(CliRunner.resource("/golden/lecture_batch_gd.csv"));
        assertArrayEquals(new String[] {"epoch", "w", "cost"}, ours.get(0));
        assertEquals(101, ours.size());
        assertEquals(golden.size(), ours.size());
        for (int i = 1; i < golden.size(); i++) {
            String[] g = golden.get(i);
            String[] o = ours.get(i);
            assertEquals(3, o.length, "row " + i);
            assertEquals(Integer.parseInt(g[0]), Integer.parseInt(o[0]), "epoch of row " + i);
            assertClose(Double.parseDouble(g[1]), Double.parseDouble(o[1]), 1e-12, "w after epoch " + g[0]);
            assertClose(Double.parseDouble(g[2]), Double.parseDouble(o[2]), 1e-12, "cost before epoch " + g[0]);
        }
        assertEquals(List.of("history.csv"), CliRunner.listing(dir), "no temporary file is left beside it");
        assertTrue(Files.readString(out).endsWith("\n"));
    }

    @Test
    void csvNumbersAreWrittenSoTheyReadBackExactly() {
        Path out = dir.resolve("h.csv");
        assertEquals(0, CliRunner.run("train", "--preset", "gd", "--csv", out.toString()).exit());
        for (String[] row : csv(out).subList(1, 101)) {
            for (int j = 1; j < row.length; j++) {
                assertEquals(row[j], Double.toString(Double.parseDouble(row[j])));
            }
        }
    }

    /** Per-sample SGD: w after each epoch against the golden run; the log's progress lines from it. */
    @Test
    void sgdPresetMatchesTheGoldenRun() {
        Path out = dir.resolve("sgd.csv");
        CliRunner.Result r = CliRunner.run("train", "--preset", "sgd", "--csv", out.toString());

        assertEquals(0, r.exit(), r::toString);
        List<String[]> golden = csv(CliRunner.resource("/golden/lecture_sgd.csv"));
        List<String[]> ours = csv(out);
        assertEquals(101, ours.size());
        for (int epoch = 0; epoch < 100; epoch++) {
            assertClose(Double.parseDouble(golden.get(epoch + 1)[1]), Double.parseDouble(ours.get(epoch + 1)[1]),
                    1e-12, "w after epoch " + epoch);
        }
        List<String> progress = r.outLines().stream().filter(l -> l.startsWith("progress:")).toList();
        assertEquals(100, progress.size());
        for (int epoch = 0; epoch < 100; epoch++) {
            String[] g = golden.get(epoch + 1);
            assertEquals("progress: " + epoch + " w= " + twoDecimals(g[1]) + " loss= " + twoDecimals(g[2]),
                    progress.get(epoch));
        }
        // The first update: x = 1, y = 2, w = 1, gradient 2·1·(1·1 − 2) = −2.
        assertEquals("\tgrad:  1.0 2.0 -2.00", r.outLines().get(1));
        assertEquals("progress: 0 w= 1.26 loss= 4.92", progress.get(0));
    }

    @Test
    void ownDataDefaultsToALineFromZeroWithLr001For100Epochs() throws IOException {
        Path data = Files.writeString(dir.resolve("points.csv"), "x,y\n1,2\n2,4\n");
        Path out = dir.resolve("h.csv");
        CliRunner.Result r = CliRunner.run("train", "--data", data.toString(), "--csv", out.toString());

        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.outLines();
        assertEquals(100, lines.size(), "no Predict lines for one's own data");
        // At w = 0: cost = (4 + 16)/2 = 10, gradient = mean(2x(0 − y)) = −(4 + 16)/2 = −10, w = 0.01·10 = 0.1.
        assertEquals("Epoch: 0 w= 0.10 cost= 10.00", lines.get(0));
        assertTrue(lines.get(99).startsWith("Epoch: 99 w= "));
        List<String[]> rows = csv(out);
        assertArrayEquals(new String[] {"epoch", "w", "cost"}, rows.get(0));
        assertEquals(101, rows.size());
        assertClose(0.1, Double.parseDouble(rows.get(1)[1]), 1e-15, "w after epoch 0");
        assertClose(10.0, Double.parseDouble(rows.get(1)[2]), 1e-15, "cost before epoch 0");
    }

    @Test
    void presetWithOwnDataKeepsThePresetsSettingsButPrintsNoPrediction() throws IOException {
        Path data = Files.writeString(dir.resolve("points.csv"), "1,2\n2,4\n3,6\n");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--data", data.toString());

        assertEquals(0, r.exit(), r::toString);
        assertEquals(100, r.outLines().size());
        assertEquals(LECTURE_EPOCHS_0_TO_10, r.outLines().subList(0, 11));
    }

    @Test
    void changingTheModelStartsFromZeros() {
        Path out = dir.resolve("q.csv");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--model", "quadratic", "--epochs", "1",
                "--csv", out.toString());

        assertEquals(0, r.exit(), r::toString);
        List<String[]> rows = csv(out);
        assertArrayEquals(new String[] {"epoch", "a", "b", "c", "cost"}, rows.get(0));
        // From θ = 0 on (1,2), (2,4), (3,6): gradient = −2·mean(φ·y) with φ = (x², x, 1),
        // mean(x²y) = 24, mean(xy) = 28/3, mean(y) = 4; cost = mean(y²) = 56/3.
        String[] row = rows.get(1);
        assertClose(0.01 * 2 * 24, Double.parseDouble(row[1]), 1e-14, "a");
        assertClose(0.01 * 2 * 28 / 3.0, Double.parseDouble(row[2]), 1e-14, "b");
        assertClose(0.01 * 2 * 4, Double.parseDouble(row[3]), 1e-14, "c");
        assertClose(56 / 3.0, Double.parseDouble(row[4]), 1e-14, "cost");
    }

    @Test
    void initSetsTheStartingValues() {
        Path out = dir.resolve("a.csv");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--model", "affine", "--init=-1,0.5",
                "--epochs", "1", "--lr", "0", "--csv", out.toString());

        assertEquals(0, r.exit(), r::toString);
        String[] row = csv(out).get(1);
        assertEquals(-1.0, Double.parseDouble(row[1]));
        assertEquals(0.5, Double.parseDouble(row[2]));
        // Residuals −x + 0.5 − 2x = 0.5 − 3x at x = 1, 2, 3: 2.5², 5.5², 8.5², mean = 35.5833…
        assertClose((6.25 + 30.25 + 72.25) / 3, Double.parseDouble(row[3]), 1e-14, "cost");
    }

    @Test
    void initAcceptsASpaceSeparatedNegativeValue() {
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--init", "-1", "--epochs", "1", "--lr", "0");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("Predict (before training) 4 -4.00", r.outLines().get(0));
    }

    /**
     * Switching optimizer takes torch's default learning rate. From w = 1 the gradient is g = −28/3, and the
     * first step is lr·|g|/(|g| + ε) for Adam (bias-corrected moments), lr·|g|/(0.1·|g| + ε) for RMSprop
     * (v = 0.01·g²) and lr·|g|/(|g| + ε) for Adagrad.
     */
    @Test
    void switchingOptimizerUsesTorchsDefaultLearningRate() {
        assertClose(1 + 1e-3, firstW("--optimizer", "adam"), 1e-9, "adam, lr 1e-3");
        assertClose(1 + 0.1, firstW("--optimizer", "rmsprop"), 1e-7, "rmsprop, lr 1e-2");
        assertClose(1 + 0.01, firstW("--optimizer", "adagrad"), 1e-9, "adagrad, lr 1e-2");
        assertClose(1 + 0.5, firstW("--optimizer", "adam", "--lr", "0.5"), 1e-9, "adam, lr 0.5");
        assertClose(1 + 0.01 * 28 / 3.0, firstW("--optimizer", "SGD"), 1e-15, "sgd keeps the preset's lr");
    }

    @Test
    void weightDecayIsAddedToTheGradient() {
        // g = −28/3 + 0.1·w at w = 1.
        assertClose(1 - 0.01 * (-28 / 3.0 + 0.1), firstW("--weight-decay", "0.1"), 1e-15, "sgd");
        assertClose(1 + 1e-3, firstW("--optimizer", "adam", "--weight-decay", "0.1"), 1e-9, "adam");
    }

    @Test
    void heavyBallMomentumDampeningAndNesterovFollowTorch() {
        assertMomentumRun(0.5, 0.0, false, runW("--momentum", "0.5"));
        assertMomentumRun(0.5, 0.3, false, runW("--momentum", "0.5", "--dampening", "0.3"));
        assertMomentumRun(0.5, 0.0, true, runW("--momentum", "0.5", "--nesterov"));
    }

    /** On the momentum preset --momentum keeps the lesson's dampened form; --dampening 0 makes it heavy ball. */
    @Test
    void momentumPresetKeepsItsDampenedForm() {
        double[][] data = readXy("/dev/descent/data/fastai_momentum.csv");
        double[][] dampened = affineMomentumRun(data, new double[] {-1, 1}, 0.1, 0.5, 0.5, 4);
        double[][] heavy = affineMomentumRun(data, new double[] {-1, 1}, 0.1, 0.5, 0.0, 4);

        List<String[]> a = csvOf("--preset", "momentum", "--momentum", "0.5", "--epochs", "4");
        List<String[]> b = csvOf("--preset", "momentum", "--momentum", "0.5", "--dampening", "0", "--epochs", "4");
        assertArrayEquals(new String[] {"epoch", "w", "b", "cost"}, a.get(0));
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 2; j++) {
                assertClose(dampened[k][j], Double.parseDouble(a.get(k + 1)[j + 1]), 1e-12, "dampened epoch " + k);
                assertClose(heavy[k][j], Double.parseDouble(b.get(k + 1)[j + 1]), 1e-12, "heavy ball epoch " + k);
            }
        }
        assertNotEquals(a.get(4)[1], b.get(4)[1]);
    }

    @Test
    void batchSizeTwoUpdatesTwicePerEpoch() {
        // Batch (1,2),(2,4) at w = 1: mean(2x(xw − y)) = (−2 − 8)/2 = −5, w = 1.05;
        // batch (3,6): 2·3·(3·1.05 − 6) = −17.1, w = 1.05 + 0.171 = 1.221.
        assertClose(1.221, firstW("--batch-size", "2"), 1e-14, "w after epoch 0");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--batch-size", "2");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("Epoch: 0 w= 1.22 cost= 4.67", r.outLines().get(1));
    }

    @Test
    void batchSizeOnePrintsTheSgdLog() {
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--batch-size", "1", "--epochs", "1");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("Predict (before training) 4 4.00", "\tgrad:  1.0 2.0 -2.00"), r.outLines().subList(0, 2));
        assertTrue(r.outLines().get(4).startsWith("progress: 0 w= 1.26"), r::toString);
    }

    @Test
    void shuffleWithASeedRepeatsExactly() {
        List<String[]> a = csvOf("--batch-size", "1", "--shuffle", "--seed", "7");
        List<String[]> b = csvOf("--batch-size", "1", "--shuffle", "--seed", "7");
        List<String[]> unshuffled = csvOf("--batch-size", "1");
        assertEquals(joined(a), joined(b));
        assertNotEquals(joined(a), joined(unshuffled));
    }

    @Test
    void seedWithoutShuffleIsAcceptedAndChangesNothing() {
        CliRunner.Result withSeed = CliRunner.run("train", "--preset", "gd", "--seed", "3");
        assertEquals(0, withSeed.exit(), withSeed::toString);
        assertEquals("", withSeed.err());
        assertEquals(CliRunner.run("train", "--preset", "gd").out(), withSeed.out());
    }

    @Test
    void epochsSetsTheRunLength() {
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--epochs", "3");
        assertEquals(List.of(PREDICT_BEFORE, "Epoch: 0 w= 1.09 cost= 4.67", "Epoch: 1 w= 1.18 cost= 3.84",
                "Epoch: 2 w= 1.25 cost= 3.15", "Predict (after training) 4 5.02"), r.outLines());
    }

    /**
     * lr 0.3 on y = w·x, x = (1,2,3): each epoch multiplies w − 2 by 1 − 0.3·28/3 = −1.8 and the cost by 3.24;
     * the cost passes 10⁶ times its start (4.67) at epoch 12, where the run stops.
     */
    @Test
    void divergingRunExitsWith3AndStillWritesTheEpochsThatRan() {
        Path out = dir.resolve("diverged.csv");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--lr", "0.3", "--csv", out.toString());

        assertEquals(3, r.exit(), r::toString);
        assertEquals(List.of("descent: diverged at epoch 12: learning rate 0.30 is above the stability limit 0.214"
                + " for this data"), r.errLines());
        assertEquals(13, r.outLines().size(), r::toString);
        assertEquals(PREDICT_BEFORE, r.outLines().get(0));
        assertFalse(r.out().contains("after training"));
        List<String[]> rows = csv(out);
        assertEquals(13, rows.size());
        double w = 1;
        for (int k = 0; k < 12; k++) {
            double cost = 14 / 3.0 * (w - 2) * (w - 2);
            w = 2 + (1 - 0.3 * 28 / 3.0) * (w - 2);
            assertClose(w, Double.parseDouble(rows.get(k + 1)[1]), 1e-12, "w after epoch " + k);
            assertClose(cost, Double.parseDouble(rows.get(k + 1)[2]), 1e-12, "cost before epoch " + k);
        }
    }

    /**
     * lr 0.22, just past the limit 3/14 ≈ 0.214: each epoch multiplies w − 2 by 1 − 0.22·28/3 = −1.0533 and the
     * cost by 1.1095, so in 100 epochs the cost grows about 32,600-fold, short of the trainer's stop at a
     * million: every epoch runs and is logged as usual, and the run still says it is diverging and exits 3.
     */
    @Test
    void aRunJustPastTheLimitRunsToTheEndButExitsWith3SayingItIsDiverging() {
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--lr", "0.22");
        assertEquals(3, r.exit(), r::toString);
        assertEquals(List.of("descent: diverging: the cost grows ×1.11 per epoch; lr 0.22 is above the limit 0.214"),
                r.errLines());
        assertEquals(PREDICT_BEFORE, r.outLines().get(0));
        assertEquals(102, r.outLines().size(), "the whole log, as for any run");
        assertTrue(r.outLines().get(101).startsWith("Predict (after training) 4 "), r::toString);

        CliRunner.Result under = CliRunner.run("train", "--preset", "gd", "--lr", "0.21");
        assertEquals(0, under.exit(), under::toString);
        assertEquals(List.of(), under.errLines());
    }

    /** Adam has no fixed limit; at lr 5 its first step takes w from 1 to 6, where the cost is (14/3)·16 = 74.7. */
    @Test
    void withoutALimitACostThatEndsHigherExitsWith3() {
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--optimizer", "adam", "--lr", "5", "--epochs", "1");
        assertEquals(3, r.exit(), r::toString);
        assertEquals(List.of("descent: the cost rose from 4.67 to 74.7 in 1 epoch with lr 5"), r.errLines());
    }

    @Test
    void pngAsksTheChartExportAfterTheRunAndCreatesTheFolder() {
        RecordingCharts charts = new RecordingCharts();
        Path png = dir.resolve("charts/run1");
        CliRunner.Result r = CliRunner.run(charts, "train", "--preset", "gd", "--png", png.toString());

        assertEquals(0, r.exit(), r::toString);
        assertEquals(1, charts.calls.size());
        RecordingCharts.Call call = charts.calls.get(0);
        assertEquals(1200, call.width());
        assertEquals(800, call.height());
        assertEquals(100, call.epochs());
        assertEquals(List.of("charts", "charts/run1", "charts/run1/cost.png", "charts/run1/fit.png",
                "charts/run1/landscape.png"), CliRunner.listing(dir));
    }

    @Test
    void csvIsTheSameWhetherOrNotChartsAreDrawn() throws IOException {
        // With --csv alone the rows are written as the run goes; with --png too the history is also kept.
        Path alone = dir.resolve("alone.csv");
        Path both = dir.resolve("both.csv");
        RecordingCharts charts = new RecordingCharts();
        assertEquals(0, CliRunner.run("train", "--preset", "minibatch", "--csv", alone.toString()).exit());
        assertEquals(0, CliRunner.run(charts, "train", "--preset", "minibatch", "--csv", both.toString(),
                "--png", dir.resolve("png").toString()).exit());
        List<String> rows = java.nio.file.Files.readAllLines(alone);
        assertEquals(rows, java.nio.file.Files.readAllLines(both));
        assertEquals(rows.size() - 1, charts.calls.get(0).epochs());
        assertEquals("epoch,w,cost", rows.get(0));
    }

    /** The charts of a long run get a thinned history (bounded memory); the CSV still has every epoch. */
    @Test
    void aLongRunKeepsABoundedHistoryForTheChartsAndStreamsEveryRow() throws IOException {
        RecordingCharts charts = new RecordingCharts();
        Path csv = dir.resolve("long.csv");
        int epochs = 100_000;
        CliRunner.Result r = CliRunner.run(charts, "train", "--preset", "gd", "--epochs", Integer.toString(epochs),
                "--csv", csv.toString(), "--png", dir.resolve("png").toString());
        assertEquals(0, r.exit(), r::toString);
        RecordingCharts.Call call = charts.calls.get(0);
        assertTrue(call.epochs() <= dev.descent.core.train.ThinnedHistory.MAX_HISTORY, "kept " + call.epochs());
        assertEquals(0, call.firstEpoch());
        assertEquals(epochs - 1, call.lastEpoch(), "the last epoch is kept");
        try (var lines = java.nio.file.Files.lines(csv)) {
            assertEquals(epochs + 1, lines.count(), "the header and every epoch");
        }
    }

    @Test
    void sizeSetsThePngSize() {
        RecordingCharts charts = new RecordingCharts();
        CliRunner.Result r = CliRunner.run(charts, "train", "--png", dir.toString(), "--size", "640x480");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(640, charts.calls.get(0).width());
        assertEquals(480, charts.calls.get(0).height());
    }

    @Test
    void divergedRunStillGetsItsCharts() {
        RecordingCharts charts = new RecordingCharts();
        CliRunner.Result r = CliRunner.run(charts, "train", "--lr", "0.3", "--png", dir.toString());
        assertEquals(3, r.exit(), r::toString);
        assertEquals(12, charts.calls.get(0).epochs());
    }

    /** The real charts: three PNGs of the requested size, and nothing else in the folder. */
    @Test
    void pngWritesTheThreeChartsAtTheRequestedSize() throws IOException {
        Path png = dir.resolve("charts");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--png", png.toString(), "--size", "640x400");

        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        assertEquals(List.of("charts", "charts/cost.png", "charts/fit.png", "charts/landscape.png"),
                CliRunner.listing(dir));
        for (String name : List.of("fit.png", "cost.png", "landscape.png")) {
            BufferedImage image = ImageIO.read(png.resolve(name).toFile());
            assertEquals(640, image.getWidth(), name);
            assertEquals(400, image.getHeight(), name);
        }
    }

    @Test
    void divergedRunGetsRealChartsToo() throws IOException {
        Path png = dir.resolve("charts");
        CliRunner.Result r = CliRunner.run("train", "--preset", "gd", "--lr", "0.3", "--png", png.toString());

        assertEquals(3, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        BufferedImage cost = ImageIO.read(png.resolve("cost.png").toFile());
        assertEquals(1200, cost.getWidth());
        assertEquals(800, cost.getHeight());
    }

    @Test
    void trainingNeverStartsJavaFx() {
        // The window tests share this JVM and may have started the toolkit already; then this check says
        // nothing, and CliIT (the jar in its own process, with no display) covers it.
        org.junit.jupiter.api.Assumptions.assumeFalse(fxThreadRunning(), "JavaFX already started by another test");
        assertEquals(0, CliRunner.run("train", "--preset", "gd", "--png", dir.toString()).exit());
        assertEquals("true", System.getProperty("java.awt.headless"));
        assertFalse(fxThreadRunning(), "a JavaFX application thread is running");
    }

    private static boolean fxThreadRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("JavaFX Application Thread"));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private List<String[]> csvOf(String... extra) {
        Path out = dir.resolve("run-" + System.nanoTime() + ".csv");
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(List.of(extra));
        args.addAll(List.of("--csv", out.toString()));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r::toString);
        return csv(out);
    }

    /** w after each epoch of {@code train --preset gd <extra>}. */
    private double[] runW(String... extra) {
        List<String[]> rows = csvOf(extra);
        double[] w = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            w[i - 1] = Double.parseDouble(rows.get(i)[1]);
        }
        return w;
    }

    private double firstW(String... extra) {
        List<String> args = new ArrayList<>(List.of(extra));
        args.addAll(List.of("--epochs", "1"));
        return runW(args.toArray(String[]::new))[0];
    }

    /** PyTorch's SGD on y = w·x, x = (1,2,3), y = 2x, from w = 1 with lr 0.01: gradient (28/3)(w − 2). */
    private static void assertMomentumRun(double mu, double tau, boolean nesterov, double[] actual) {
        double w = 1;
        double buf = 0;
        for (int k = 0; k < actual.length; k++) {
            double g = 28 / 3.0 * (w - 2);
            buf = k == 0 ? g : mu * buf + (1 - tau) * g;
            double d = nesterov ? g + mu * buf : buf;
            w = w - 0.01 * d;
            assertClose(w, actual[k], 1e-13, "w after epoch " + k + " (momentum " + mu + ", dampening " + tau
                    + (nesterov ? ", nesterov" : "") + ")");
        }
    }

    /** Full-batch SGD with momentum on y = w·x + b, written out here independently of the core. */
    private static double[][] affineMomentumRun(double[][] xy, double[] start, double lr, double mu, double tau,
                                                int epochs) {
        double w = start[0];
        double b = start[1];
        double bw = 0;
        double bb = 0;
        int n = xy.length;
        double[][] out = new double[epochs][];
        for (int k = 0; k < epochs; k++) {
            double gw = 0;
            double gb = 0;
            for (double[] p : xy) {
                double r = w * p[0] + b - p[1];
                gw += 2 * r * p[0];
                gb += 2 * r;
            }
            gw /= n;
            gb /= n;
            bw = k == 0 ? gw : mu * bw + (1 - tau) * gw;
            bb = k == 0 ? gb : mu * bb + (1 - tau) * gb;
            w -= lr * bw;
            b -= lr * bb;
            out[k] = new double[] {w, b};
        }
        return out;
    }

    private static double[][] readXy(String resource) {
        List<double[]> points = new ArrayList<>();
        for (String[] row : csv(CliRunner.resource(resource))) {
            if (row.length == 2 && !row[0].isBlank() && Character.isDigit(row[0].strip().charAt(row[0].strip()
                    .length() - 1))) {
                points.add(new double[] {Double.parseDouble(row[0].strip()), Double.parseDouble(row[1].strip())});
            }
        }
        assertEquals(100, points.size(), "the fast.ai data has 100 points");
        return points.toArray(double[][]::new);
    }

    private static String joined(List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEach(r -> sb.append(String.join(",", r)).append('\n'));
        return sb.toString();
    }

    /** Python's format(v, '.2f'): round half to even on the exact binary value. */
    private static String twoDecimals(String value) {
        return new BigDecimal(Double.parseDouble(value)).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
