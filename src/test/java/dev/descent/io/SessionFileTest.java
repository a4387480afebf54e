package dev.descent.io;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionFileTest {
    @TempDir
    Path dir;

    static Stream<Preset> presets() {
        return Presets.all().stream();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetRoundTrips(Preset preset) throws Exception {
        Session s = Session.single(preset.displayName(), preset.config(), preset.id(), preset.logStyle().id());
        Path f = dir.resolve(preset.id() + ".json");
        SessionFile.save(f, s);
        Session back = SessionFile.load(f, Presets.ids());
        assertEquals(s, back);
        assertEquals(preset.config(), back.runs().get(0).config());
    }

    /** GD, heavy ball, Nesterov and Adam on the momentum lecture's data, plus the other optimizers' fields. */
    static Session fourRuns() {
        RunConfig base = Presets.byId("momentum").config();
        return new Session(base.data(), List.of(
                new Session.Run("momentum 0.8 (lesson)", 0, base),
                new Session.Run("plain GD", 1, base.withOptimizer(SgdConfig.plain(0.1))),
                new Session.Run("Nesterov 0.9", 2, base.withOptimizer(new SgdConfig(0.05, 0.9, 0, true, 1e-4))
                        .withBatchSize(10).withShuffle(true, -7)),
                new Session.Run("Adam", 3, base.withOptimizer(new AdamConfig(0.3, 0.8, 0.99, 1e-6, 0.01))
                        .withEpochs(200).withTolerance(1e-9).withInit(new double[] {0.1, -0.2}))),
                "momentum", "epoch");
    }

    @Test
    void aFourRunCompareSessionRoundTrips() throws Exception {
        Path f = dir.resolve("compare.json");
        SessionFile.save(f, fourRuns());
        assertEquals(fourRuns(), SessionFile.load(f, Presets.ids()));
    }

    @Test
    void rmspropAdagradAndAQuadraticOnOwnDataRoundTrip() throws Exception {
        Dataset d = Dataset.of(new double[] {0.1, 1.0 / 3, -2e-9}, new double[] {Math.PI, -0.0, 1e300});
        RunConfig c = new RunConfig(d, Model.QUADRATIC, new RmspropConfig(0.02, 0.95, 1e-7, 0.5),
                new double[] {1, 2, 3}, 7, 2, false, 0, 0);
        Session s = new Session(d, List.of(new Session.Run("rms", 2, c),
                new Session.Run("ada", 0, c.withOptimizer(new AdagradConfig(0.4, 1e-9, 0)))), null, "table");
        assertEquals(s, SessionFile.parse(SessionFile.toJson(s), "mem", Presets.ids()));
    }

    @Test
    void theFileIsReadableJsonNamingEveryField() {
        String json = SessionFile.toJson(fourRuns());
        for (String field : List.of("\"format\" : \"descent-session\"", "\"version\" : 1", "\"preset\" : \"momentum\"",
                "\"logStyle\" : \"epoch\"", "\"kind\" : \"sgd\"", "\"dampening\" : 0.8", "\"nesterov\" : true",
                "\"beta2\" : 0.99", "\"weightDecay\" : 1.0E-4", "\"start\" : [ -1.0, 1.0 ]", "\"colour\" : 3")) {
            assertTrue(json.contains(field), field + " in\n" + json);
        }
    }

    /** A small valid session to break in one place at a time. */
    private static final String GOOD = """
            {
              "format": "descent-session",
              "version": 1,
              "preset": "gd",
              "logStyle": "epoch",
              "data": [[1, 2], [2, 4], [3, 6]],
              "runs": [
                {"label": "GD", "colour": 0, "model": "line", "start": [1], "epochs": 100,
                 "optimizer": {"kind": "sgd", "lr": 0.01}},
                {"label": "momentum", "model": "line", "start": [1], "epochs": 100,
                 "optimizer": {"kind": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": true}}
              ]
            }
            """;

    @Test
    void theSmallHandWrittenSessionLoadsWithDefaults() throws Exception {
        Session s = SessionFile.parse(GOOD, "good.json", Presets.ids());
        assertEquals(2, s.runs().size());
        assertEquals(Presets.byId("gd").config(), s.runs().get(0).config());
        assertEquals(new SgdConfig(0.01, 0.9, 0, true, 0), s.runs().get(1).config().optimizer());
        assertEquals(1, s.runs().get(1).colour());
        assertEquals("gd", s.presetId());
    }

    static Stream<Arguments> badFiles() {
        String fourth = "{\"model\": \"line\", \"start\": [1], \"epochs\": 1, \"optimizer\": {\"kind\": \"sgd\", \"lr\": 0.1}}";
        return Stream.of(
                Arguments.of(GOOD.replace("\"lr\": 0.01}},", "\"lr\": -0.1}},"),
                        "runs[0].optimizer.lr: learning rate -0.1 is out of range: it must be a number ≥ 0"),
                Arguments.of(GOOD.replace("\"momentum\": 0.9", "\"momentum\": \"high\""),
                        "runs[1].optimizer.momentum: expected a number but found the text \"high\""),
                Arguments.of(GOOD.replace("\"colour\": 0,", "\"colour\": 0, \"color\": 1,"),
                        "runs[0].color: unknown field for a run"),
                Arguments.of(GOOD.replace("\"lr\": 0.01, \"momentum\"", "\"lr\": 0.01, \"beta1\": 0.9, \"momentum\""),
                        "runs[1].optimizer.beta1: unknown field for the sgd optimizer"),
                Arguments.of(GOOD.replace("\"logStyle\": \"epoch\",", "\"logStyle\": \"epoch\", \"extra\": 1,"),
                        "extra: unknown field for a session file"),
                Arguments.of(GOOD.replaceFirst("\"epochs\": 100,", ""),
                        "runs[0]: the required field 'epochs' is missing"),
                Arguments.of(GOOD.replace("\"version\": 1,", ""), "the required field 'version' is missing"),
                Arguments.of(GOOD.replace("\"version\": 1", "\"version\": 2"),
                        "version: 2 is newer than this Descent understands (it reads version 1)"),
                Arguments.of(GOOD.replaceFirst("\"start\": \\[1\\]", "\"start\": [1, 0]"),
                        "runs[0].start: the line model y = w·x has 1 parameter (w) but 2 starting values were given"),
                Arguments.of(GOOD.replace("[[1, 2], [2, 4], [3, 6]]", "[[1, 2], [2], [3, 6]]"),
                        "data[1]: expected a point [x, y], a list of 2 numbers, but found a list of 1"),
                Arguments.of(GOOD.replace("[[1, 2], [2, 4], [3, 6]]", "[[1, 2], [2, 4], [3, 1e999]]"),
                        "data[2][1]: the number is too large"),
                Arguments.of(GOOD.replace("[[1, 2], [2, 4], [3, 6]]", "[[1, 2], [2, NaN], [3, 6]]"),
                        "line 6, column"),
                Arguments.of(GOOD.replace("\"epochs\": 100,\n", "\"epochs\": 0,\n"),
                        "runs[0].epochs: epochs 0 is out of range: it must be a whole number in [1, 100,000,000]"),
                Arguments.of(GOOD.replace("\"epochs\": 100,\n", "\"epochs\": 2.5,\n"),
                        "runs[0].epochs: expected a whole number but found the number 2.5"),
                Arguments.of(GOOD.replace("\"momentum\": 0.9, \"nesterov\": true", "\"nesterov\": true"),
                        "runs[1].optimizer.nesterov: Nesterov momentum needs momentum > 0 and dampening 0"),
                Arguments.of(GOOD.replace("\"kind\": \"sgd\", \"lr\": 0.01}},", "\"kind\": \"adamw\", \"lr\": 0.01}},"),
                        "runs[0].optimizer.kind: 'adamw' is not an optimizer; choose sgd, adam, rmsprop or adagrad"),
                Arguments.of(GOOD.replace("\"kind\": \"sgd\", \"lr\": 0.01}},", "\"kind\": \"adam\", \"lr\": 0.01, \"beta2\": 1}},"),
                        "runs[0].optimizer.beta2: beta2 1 is out of range: it must be in [0, 1)"),
                Arguments.of(GOOD.replace("\"kind\": \"sgd\", \"lr\": 0.01}},", "\"kind\": \"adam\", \"lr\": 0.01, \"eps\": 0}},"),
                        "runs[0].optimizer.eps: epsilon 0 is out of range: it must be a number > 0 (with epsilon 0, a"
                                + " gradient of 0 divides 0 by 0 and the run turns to NaN)"),
                Arguments.of(GOOD.replace("\"kind\": \"sgd\", \"lr\": 0.01}},", "\"kind\": \"rmsprop\", \"lr\": 0.01, \"alpha\": 2}},"),
                        "runs[0].optimizer.alpha: alpha 2 is out of range: it must be in [0, 1] (PyTorch refuses a negative"
                                + " alpha; alpha is the share of the old average of g² kept each step, and above 1 the"
                                + " average turns negative and its square root is NaN)"),
                Arguments.of(GOOD.replace("\"momentum\": 0.9", "\"momentum\": 2"),
                        "runs[1].optimizer.momentum: momentum 2 is out of range: it must be in [0, 1]"),
                Arguments.of(GOOD.replace("\"model\": \"line\"", "\"model\": \"cubic\""),
                        "runs[0].model: unknown model 'cubic': choose one of line, affine, quadratic"),
                Arguments.of(GOOD.replace("\"shuffle\"", "x").replace("\"label\": \"GD\",", "\"label\": \"GD\", \"shuffle\": \"yes\","),
                        "runs[0].shuffle: expected true or false but found the text \"yes\""),
                Arguments.of(GOOD.replace("\"preset\": \"gd\"", "\"preset\": \"adam\""),
                        "preset: unknown preset 'adam'"),
                Arguments.of(GOOD.replace("\"logStyle\": \"epoch\"", "\"logStyle\": \"fancy\""),
                        "logStyle: 'fancy' is not a log style; choose epoch, sgd or table"),
                Arguments.of(GOOD.replace("\"runs\": [", "\"runs\": [" + fourth + "," + fourth + "," + fourth + ","),
                        "runs: has 5 runs, but a session holds at most 4"),
                Arguments.of(GOOD.replace("\"runs\": [", "\"runs\": {").replace("]\n}", "}\n}"), "line "),
                Arguments.of("[1, 2]", "expected a session file (a JSON object {…}) but found a list of 2"),
                Arguments.of("", "is empty; a session file is a JSON object"),
                Arguments.of(GOOD.replace("\"version\": 1,", "\"version\": 1, \"version\": 1,"),
                        "not valid JSON (Duplicate field 'version')"),
                Arguments.of(GOOD + "{}", "not valid JSON (there is more after the session's closing })"),
                Arguments.of(GOOD.replace("\"data\": [[1, 2], [2, 4], [3, 6]]", "\"data\": []"),
                        "data: has no points"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileGetsOneMessageNamingTheFileAndTheField(String json, String expected) throws Exception {
        Path f = dir.resolve("lesson.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        DataFileException e = assertThrows(DataFileException.class, () -> SessionFile.load(f, Presets.ids()));
        assertTrue(e.getMessage().startsWith(f + ":") || e.getMessage().startsWith(f + ", line"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("com.fasterxml"), e.getMessage());
    }

    @Test
    void aMissingFileOrAFolderIsNamed() {
        DataFileException e = assertThrows(DataFileException.class, () -> SessionFile.load(dir.resolve("none.json"), Presets.ids()));
        assertEquals(dir.resolve("none.json") + ": no such file", e.getMessage());
        e = assertThrows(DataFileException.class, () -> SessionFile.load(dir, Presets.ids()));
        assertTrue(e.getMessage().endsWith("is a folder, not a session file"), e.getMessage());
    }

    @Test
    void aFailedSaveLeavesNoFile() {
        Path f = dir.resolve("no-such-folder").resolve("s.json");
        assertThrows(DataFileException.class, () -> SessionFile.save(f, fourRuns()));
        assertFalse(Files.exists(f));
    }

    static Stream<Arguments> hostileJson() {
        return Stream.of(
                Arguments.of("[".repeat(100_000), "not valid JSON (nested more than 16 levels deep; a session is 4)"),
                Arguments.of("{\"version\": 1, \"data\": " + "[".repeat(20) + "1" + "]".repeat(20) + "}",
                        "nested more than 16 levels deep"),
                Arguments.of("{\"version\": " + "9".repeat(5_000) + "}", "a number longer than 1,000 characters"),
                Arguments.of("{\"format\": \"" + "f".repeat(200_000) + "\"}", "a text longer than 100,000 characters"),
                Arguments.of("{\"version\": 1, \"data\": [", "line 1, column 25: not valid JSON"),
                Arguments.of("{\"version\": 1, \"data\": [[1, 2]", "not valid JSON"),
                Arguments.of("{\"version\": tru}", "not valid JSON"),
                Arguments.of("{\"version\": " + "x".repeat(5_000) + "}", "not valid JSON (Unrecognized token '"
                        + "x".repeat(39) + "…'"),
                Arguments.of("{\"" + "k".repeat(5_000) + "\": 1}", ": " + "k".repeat(39) + "…: unknown field"),
                Arguments.of(GOOD.replace("\"preset\": \"gd\"", "\"preset\": \"" + "p".repeat(5_000) + "\""),
                        "preset: unknown preset '" + "p".repeat(39) + "…': choose one of gd, sgd"),
                Arguments.of(GOOD.replace("\"model\": \"line\"", "\"model\": \"line\\nline\""),
                        "runs[0].model: unknown model 'line?line'"),
                Arguments.of(GOOD.replace("\"version\": 1,", "\"version\": 1, \"version\": 1,".replace("version", "v".repeat(3000))),
                        "not valid JSON (Duplicate field '" + "v".repeat(39) + "…')"),
                Arguments.of(GOOD.replace("\"epochs\": 100", "\"epochs\": " + "9".repeat(900)),
                        "runs[0].epochs: epochs " + "9".repeat(39) + "… is out of range"),
                Arguments.of(GOOD.replace("\"lr\": 0.01", "\"lr\": 1e999"), "the number is too large"));
    }

    /** Deep, long and broken JSON: one short line in our words, the bad value quoted cut. */
    @ParameterizedTest
    @MethodSource("hostileJson")
    void hostileJsonGetsOneShortMessageInOurWords(String json, String expected) throws Exception {
        Path f = dir.resolve("hostile.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        DataFileException e = assertThrows(DataFileException.class, () -> SessionFile.load(f, Presets.ids()));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
        CleanMessages.assertClean(e.getMessage(), f.toString());
    }

    @Test
    void theLogStylesASessionNamesAreTheLecturesOwn() {
        assertEquals(Session.LOG_STYLES, java.util.Arrays.stream(dev.descent.lecture.LogStyle.values())
                .map(dev.descent.lecture.LogStyle::id).toList());
    }

    /** Many points of every kind of double (subnormals, −0, the extremes), read back bit for bit. */
    @Test
    void aSessionOfManyPointsOpensBackBitForBit() throws Exception {
        int n = 200_000;
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] special = {-0.0, 0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1e23};
        for (int i = 0; i < n; i++) {
            xs[i] = i < special.length ? special[i] : finite(random);
            ys[i] = i < special.length ? special[special.length - 1 - i] : finite(random);
        }
        Dataset d = Dataset.of(xs, ys);
        RunConfig c = new RunConfig(d, Model.AFFINE, SgdConfig.plain(0.01), new double[] {0, 0}, 5, 0, false, 0, 0);
        Session s = new Session(d, List.of(new Session.Run("many", 0, c)), null, "epoch");
        Path f = dir.resolve("many.json");
        SessionFile.save(f, s);
        Session back = SessionFile.load(f, Presets.ids());
        assertEquals(n, back.data().size());
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(xs[i]), Double.doubleToRawLongBits(back.data().x(i)), "x of point " + i);
            assertEquals(Double.doubleToRawLongBits(ys[i]), Double.doubleToRawLongBits(back.data().y(i)), "y of point " + i);
        }
        assertEquals(s, back);
        assertEquals(SessionFile.toJson(s), Files.readString(f), "saving to a file writes what toJson gives");
    }

    private static double finite(java.util.SplittableRandom random) {
        double v;
        do {
            v = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(v));
        return v;
    }

    /** A session of {@code n} points [i, 2i] with the text {@code bad} in place of point {@code at}. */
    private static String manyPointsWith(int n, int at, String bad) {
        StringBuilder b = new StringBuilder("{\"version\": 1, \"data\": [");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append(i == at ? bad : "[" + i + ", " + (2.0 * i) + "]");
        }
        return b.append("], \"runs\": [{\"model\": \"line\", \"start\": [0], \"optimizer\": {\"kind\": \"sgd\", \"lr\": 0.1},"
                + " \"epochs\": 5}]}").toString();
    }

    @Test
    void aBadValueDeepInALargeDataListIsRefusedWithItsPath() throws Exception {
        Path f = dir.resolve("big.json");
        Files.writeString(f, manyPointsWith(150_000, 123_456, "[1.5, \"7\"]"));
        assertEquals(f + ": data[123456][1]: expected a number but found the text \"7\"",
                assertThrows(DataFileException.class, () -> SessionFile.load(f, Presets.ids())).getMessage());
        assertEquals("big.json: data[140000][0]: the number is too large (beyond ±1.8e308)",
                assertThrows(DataFileException.class, () -> SessionFile.parse(
                        manyPointsWith(150_000, 140_000, "[1e999, 2]"), "big.json", Presets.ids())).getMessage());
        assertEquals("big.json: data[149999]: expected a point [x, y], a list of 2 numbers, but found a list of 3",
                assertThrows(DataFileException.class, () -> SessionFile.parse(
                        manyPointsWith(150_000, 149_999, "[1, 2, 3]"), "big.json", Presets.ids())).getMessage());
        assertEquals("big.json: data[99999]: expected a point [x, y], a list of 2 numbers, but found null",
                assertThrows(DataFileException.class, () -> SessionFile.parse(
                        manyPointsWith(150_000, 99_999, "null"), "big.json", Presets.ids())).getMessage());
    }

    /** The first bad point is not the answer when the text after it is not JSON: the file is refused as such. */
    @Test
    void aFileThatIsNotJsonAfterABadPointIsRefusedAsNotJson() {
        String json = manyPointsWith(10_000, 5, "[true, 1]") + " ]";
        String message = assertThrows(DataFileException.class, () -> SessionFile.parse(json, "big.json", Presets.ids())).getMessage();
        assertTrue(message.startsWith("big.json, line 1, column "), message);
        assertTrue(message.contains(": not valid JSON ("), message);
    }
}
