package dev.descent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code descent probe}'s options, its output and its one-line refusals; the window is a stand-in here. */
class ProbeCommandTest {
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":99");
    private static final ProbeReport REPORT = new ProbeReport("gd", 3, 1, 2, 1_000_000, 812.5, 1.25, 6.5, 7.75, 1.0,
            5.5, 118, 250_000, 500_000, 20, 17, 30, 18, 31, 29, 4.5, 120.25, 40.5, 0, "17.0.15", "21.0.12", 2);

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(WindowProbe window, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(args, o, e, ChartExport.RUN_CHARTS, window, env);
        }
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static WindowProbe mustNotOpen() {
        return s -> {
            throw new AssertionError("the window must not open for bad input");
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--points 0           | descent: --points must be between 1 and 1000000; got 0",
            "--points 1000001     | descent: --points must be between 1 and 1000000; got 1000001",
            "--points many        | descent: --points: 'many' is not a whole number",
            "--seconds 0          | descent: --seconds must be between 1 and 3600; got 0",
            "--seconds 1e9        | descent: --seconds must be between 1 and 3600; got 1000000000",
            "--epochs 0           | descent: epochs 0 is out of range: it must be a whole number in [1, 100,000,000]",
            "--changes 101        | descent: --changes must be between 0 and 100; got 101",
            "--compare 0          | descent: --compare must be between 1 and 4; got 0",
            "--compare 5          | descent: --compare must be between 1 and 4; got 5",
            "--compare -1         | descent: --compare must be between 1 and 4; got -1",
            "--compare two        | descent: --compare: 'two' is not a whole number",
            "--preset nope        | descent: unknown preset 'nope': choose one of gd, sgd, minibatch, zero-start, momentum, quadratic",
            "--fast               | descent: unknown option '--fast' for 'descent probe' (see 'descent probe --help')"})
    void badArgumentsGetOneLineAndExit2(String args, String message) {
        Outcome o = run(mustNotOpen(), X11, ("probe " + args.strip()).split(" +"));
        assertEquals(2, o.exit(), o.toString());
        assertEquals(message, o.err().strip(), o.toString());
        assertFalse(o.err().strip().contains("\n"), "one line");
        assertEquals("", o.out());
    }

    @Test
    void withoutADisplayItSaysToUseXvfb() {
        if (!ProbeCommand.displayAvailable(Map.of(), System.getProperty("os.name", ""))) {
            Outcome o = run(mustNotOpen(), Map.of(), "probe", "--json");
            assertEquals(2, o.exit());
            assertEquals(List.of("descent: probe needs a display: run it under Xvfb, e.g. "
                    + "xvfb-run -a java -jar descent.jar probe --json"), o.err().lines().toList());
            assertEquals("", o.out());
        }
        assertFalse(ProbeCommand.displayAvailable(Map.of(), "Linux"));
        assertFalse(ProbeCommand.displayAvailable(Map.of("DISPLAY", " "), "Linux"));
        assertTrue(ProbeCommand.displayAvailable(X11, "Linux"));
        assertTrue(ProbeCommand.displayAvailable(Map.of(), "Mac OS X"));
        assertTrue(ProbeCommand.displayAvailable(Map.of(), "Windows 11"));
    }

    @Test
    void aDisplayThatWillNotOpenIsBadInputToo() {
        Outcome o = run(s -> {
            throw new WindowProbe.NoDisplayException("Unable to open DISPLAY");
        }, X11, "probe");
        assertEquals(2, o.exit());
        assertTrue(o.err().startsWith("descent: probe needs a display: run it under Xvfb"), o.err());
        assertTrue(o.err().strip().endsWith("(Unable to open DISPLAY)"), o.err());
    }

    @Test
    void theSettingsReachTheWindowAndTheReportIsOneJsonObject() throws Exception {
        AtomicReference<ProbeSettings> asked = new AtomicReference<>();
        Outcome o = run(s -> {
            asked.set(s);
            return REPORT;
        }, X11, "probe", "--preset", "momentum", "--points", "100000", "--seconds", "30", "--json");
        assertEquals(0, o.exit(), o.toString());
        assertEquals(new ProbeSettings("momentum", 100_000, 30, 1_000_000, 20, 1), asked.get());
        List<String> lines = o.out().lines().toList();
        assertEquals(1, lines.size(), o.out());
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertEquals(812.5, json.get("first_frame_ms").asDouble());
        assertEquals(1.25, json.get("fx_busy_ms_p50").asDouble());
        assertEquals(6.5, json.get("fx_busy_ms_p99").asDouble());
        assertEquals(7.75, json.get("fx_busy_ms_max").asDouble());
        assertEquals(5.5, json.get("fx_busy_ms_p99_after_warmup").asDouble());
        assertEquals(118, json.get("frames").asLong());
        assertEquals(250_000, json.get("epochs_per_second").asDouble());
        assertEquals(17, json.get("restart_to_frame_ms_p50").asDouble());
        assertEquals(30, json.get("restart_to_frame_ms_p95").asDouble());
        assertEquals(29, json.get("restart_to_frame_ms_p95_after_warmup").asDouble());
        assertEquals(120.25, json.get("heap_used_mb_max").asDouble());
        assertEquals(0, json.get("worker_threads_after").asInt());
        assertEquals(20, json.get("restarts").asInt());
        assertEquals("gd", json.get("preset").asText());
        assertEquals(1, json.get("runs").asInt());
    }

    @Test
    void compareAsksForThatManyRunsAndTheReportSaysHowManyRaced() throws Exception {
        AtomicReference<ProbeSettings> asked = new AtomicReference<>();
        ProbeReport four = new ProbeReport("momentum", 100, 4, 5, 1_000_000, 812.5, 1.25, 6.5, 7.75, 1.0, 5.5, 118,
                250_000, 500_000, 20, 17, 30, 18, 31, 29, 4.5, 120.25, 40.5, 0, "17.0.15", "21.0.12", 2);
        Outcome o = run(s -> {
            asked.set(s);
            return four;
        }, X11, "probe", "--preset", "momentum", "--compare", "4", "--seconds", "5", "--json");
        assertEquals(0, o.exit(), o.toString());
        assertEquals(new ProbeSettings("momentum", 0, 5, 1_000_000, 20, 4), asked.get());
        assertEquals(4, new ObjectMapper().readTree(o.out()).get("runs").asInt(), o.out());

        Outcome table = run(s -> four, X11, "probe", "--compare", "4");
        assertTrue(table.out().startsWith("preset momentum, 100 points, 4 runs side by side, 5 s at instant speed, "
                + "20 learning-rate changes"), table.out());
    }

    @Test
    void theHelpNamesCompareAndItsRange() {
        Outcome o = run(mustNotOpen(), X11, "probe", "--help");
        assertEquals(0, o.exit(), o.toString());
        assertTrue(o.out().contains("--compare=N"), o.out());
        assertTrue(o.out().contains("Race N runs side by side, 1 to 4"), o.out());
    }

    @Test
    void withoutJsonItPrintsATable() {
        Outcome o = run(s -> REPORT, X11, "probe");
        assertEquals(0, o.exit(), o.toString());
        assertTrue(o.out().startsWith("preset gd, 3 points, 1 run, 2 s at instant speed, 20 learning-rate changes"),
                o.out());
        assertTrue(o.out().contains("FX thread per frame, 99th pct"), o.out());
        assertTrue(o.out().contains("6.50 ms"), o.out());
        assertTrue(o.out().contains("training threads left"), o.out());
    }

    @Test
    void theDefaultsAreTheFirstLectureForTenSeconds() {
        AtomicReference<ProbeSettings> asked = new AtomicReference<>();
        run(s -> {
            asked.set(s);
            return REPORT;
        }, X11, "probe");
        assertEquals(new ProbeSettings("gd", 0, 10, 1_000_000, 20, 1), asked.get());
    }

    @Test
    void onlyTheProbeLeavesAwtAsTheAppHasIt() {
        String before = System.getProperty("java.awt.headless");
        try {
            System.clearProperty("java.awt.headless");
            run(s -> REPORT, X11, "probe");
            assertNull(System.getProperty("java.awt.headless"));
            run(mustNotOpen(), X11, "presets");
            assertEquals("true", System.getProperty("java.awt.headless"));
        } finally {
            if (before == null) {
                System.clearProperty("java.awt.headless");
            } else {
                System.setProperty("java.awt.headless", before);
            }
        }
    }
}
