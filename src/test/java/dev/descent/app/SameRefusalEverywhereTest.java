package dev.descent.app;

import dev.descent.lecture.Presets;
import dev.descent.cli.Cli;
import dev.descent.io.DataFileException;
import dev.descent.io.SessionFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One bad value, three front ends, one reason: the command line, a session file and the window's fields
 * all refuse it in the same words, because all three ask the core.
 */
class SameRefusalEverywhereTest {
    private static final String MOMENTUM = "momentum 1.5 is out of range: it must be in [0, 1] (PyTorch refuses a"
            + " negative momentum; above 1 each step keeps more than all of the last one, so the steps only grow and"
            + " the run blows up)";
    private static final String NEGATIVE_RATE = "learning rate -0.1 is out of range: it must be a number ≥ 0";
    private static final String NO_EPOCHS = "epochs 0 is out of range: it must be a whole number in [1, 100,000,000]";
    private static final String TOO_MANY_EPOCHS = "epochs 100,000,001 is out of range: it must be a whole number in"
            + " [1, 100,000,000]";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "momentum | 1.5 | optimizer.momentum",
            "lr       | -0.1 | optimizer.lr",
            "epochs   | 0 | epochs",
            "epochs   | 100000001 | epochs"})
    void theSameValueIsRefusedWithTheSameReason(String setting, String value, String field) {
        String expected = switch (setting + " " + value) {
            case "momentum 1.5" -> MOMENTUM;
            case "lr -0.1" -> NEGATIVE_RATE;
            case "epochs 0" -> NO_EPOCHS;
            default -> TOO_MANY_EPOCHS;
        };

        assertEquals("descent: " + expected, commandLine("train", "--preset", "gd", "--" + setting, value));
        assertEquals("lesson.json: runs[0]." + field + ": " + expected, session(field, value));
        Function<String, ?> windowField = switch (setting) {
            case "momentum" -> TypedValues::momentum;
            case "lr" -> TypedValues::learningRate;
            default -> TypedValues::epochs;
        };
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> windowField.apply(value)).getMessage());
    }

    /** What the command line prints on standard error, after checking it exits with "bad input". */
    private static String commandLine(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.BAD_INPUT, exit, err.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    /** The message of a session whose one run has {@code value} at {@code field}. */
    private static String session(String field, String value) {
        String lr = field.equals("optimizer.lr") ? value : "0.01";
        String momentum = field.equals("optimizer.momentum") ? value : "0";
        String epochs = field.equals("epochs") ? value : "10";
        String json = "{\"format\": \"descent-session\", \"version\": 1, \"data\": [[1, 2], [2, 4]], \"runs\": [{"
                + "\"model\": \"line\", \"start\": [1], \"epochs\": " + epochs + ", \"optimizer\": {\"kind\": \"sgd\","
                + " \"lr\": " + lr + ", \"momentum\": " + momentum + "}}]}";
        return assertThrows(DataFileException.class, () -> SessionFile.parse(json, "lesson.json", Presets.ids())).getMessage();
    }
}
