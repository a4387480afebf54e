package dev.descent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code descent bench}: its output's shape and its handling of bad input. Never its timings. */
class BenchCommandTest {

    @Test
    void jsonIsOneObjectWithEveryFigurePositive() throws Exception {
        CliRunner.Result r = CliRunner.run("bench", "--points", "5000", "--json");

        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        assertEquals(1, r.outLines().size(), "one line of output");
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertTrue(o.isObject());
        assertEquals(5000, o.get("points").asInt());
        assertEquals("affine", o.get("model").asText());
        assertEquals(32, o.get("minibatch_batch_size").asInt());
        for (String field : List.of("full_batch_epoch_ns_per_point", "full_batch_statistics_epoch_ns_per_point",
                "minibatch_epoch_ns_per_point", "sgd_epoch_ns_per_point", "landscape_curve_ms",
                "memory_read_ns_per_point")) {
            JsonNode v = o.get(field);
            assertTrue(v != null && v.isNumber(), field + " missing or not a number: " + r.out());
            assertTrue(v.asDouble() > 0 && Double.isFinite(v.asDouble()), field + " = " + v);
        }
    }

    @Test
    void withoutJsonATableNamesEachFigure() {
        CliRunner.Result r = CliRunner.run("bench", "--points", "2000", "--model", "quadratic");

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.outLines().get(0).startsWith("Descent bench: 2,000 points, y = a·x² + b·x + c model"),
                r.outLines().get(0));
        for (String label : List.of("full-batch epoch", "mini-batch epoch, batches of 32", "SGD epoch",
                "landscape curve")) {
            assertTrue(r.out().contains(label), label + " missing:\n" + r.out());
        }
    }

    @Test
    void badArgumentsGetOneLineAndExitCode2() {
        for (String[] args : List.of(new String[] {"bench", "--points", "10"},
                new String[] {"bench", "--points", "lots"},
                new String[] {"bench", "--points", "60000000"},
                new String[] {"bench", "--model", "cubic"},
                new String[] {"bench", "--fast"})) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(Cli.BAD_INPUT, r.exit(), r::toString);
            assertEquals("", r.out());
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.err().startsWith("descent: "), r.err());
        }
        CliRunner.Result small = CliRunner.run("bench", "--points", "10");
        assertEquals("descent: --points must be between 1000 and 50000000; got 10", small.errLines().get(0));
        CliRunner.Result word = CliRunner.run("bench", "--points", "lots");
        assertTrue(word.err().contains("--points"), word.err());
    }
}
