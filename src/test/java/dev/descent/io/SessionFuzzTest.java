package dev.descent.io;

import dev.descent.lecture.Presets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The session loader against hostile input. For every corpus file, every byte-level mutation of one, and
 * every good session with one value swapped for a hostile one: the session is accepted, or refused with
 * a {@link DataFileException} whose one short line names the file (and the line or the field), in our
 * words; never another exception, never a hang (bounded at {@link Hostile#HANG}), never more than
 * {@value #FIXED_BYTES} bytes plus {@value #BYTES_PER_BYTE} per byte of input allocated.
 *
 * <p>Tries per property: see {@link FuzzTries}.
 */
@AddLifecycleHook(FuzzTries.class)
class SessionFuzzTest {
    static final long FIXED_BYTES = 16L << 20;
    static final long BYTES_PER_BYTE = 200;

    private Path work;

    @BeforeProperty
    void workFolder() throws IOException {
        work = Files.createTempDirectory("descent-session-fuzz");
    }

    @AfterProperty
    void removeWorkFolder() throws IOException {
        try (var files = Files.list(work)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(work);
    }

    static List<Path> corpus() {
        return Hostile.files("session");
    }

    /** Loads the file within the bounds; the session if accepted, null if refused as it should be. */
    static Session loadOrRefuse(Path file) {
        long size = file.toFile().length();
        return Hostile.bounded(FIXED_BYTES + BYTES_PER_BYTE * size, () -> {
            try {
                return SessionFile.load(file, Presets.ids());
            } catch (DataFileException e) {
                CleanMessages.assertClean(e.getMessage(), file.toString());
                return null;
            } catch (RuntimeException | Error e) {
                return fail(file + ": " + e, e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusFileIsAcceptedOrRefusedCleanly(Path file) {
        Session s = loadOrRefuse(file);
        String name = file.getFileName().toString();
        if (name.equals("good.json") || name.equals("bom.json") || name.equals("data-many.json")) {
            assertNotNull(s, name + " is a good session");
            assertEquals("gd", s.presetId());
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        List<byte[]> seeds = corpus().stream().filter(f -> f.toFile().length() < 50_000).map(Hostile::bytes).toList();
        return Arbitraries.of(seeds).flatMap(seed -> Arbitraries.randomValue(r -> Hostile.mutate(seed, r)));
    }

    @Property
    void mutatedCorpusFilesAreAcceptedOrRefusedCleanly(@ForAll("mutated") byte[] bytes) throws IOException {
        loadOrRefuse(Files.write(work.resolve("mutated.json"), bytes));
    }

    private static final String[] VALUES = {
            "null", "true", "false", "0", "-1", "1e999", "-1e999", "1e-400", "4.9e-324", "1.5", "2147483648",
            "-9223372036854775809", "99999999999999999999999999", "\"\"", "\" \"", "\"x\"", "\"gd\"", "\"line\"",
            "\"sgd\"", "\"\\u0000\"", "\"\\n\"", "[]", "[1]", "[1, 2]", "[[1, 2]]", "[[]]", "{}", "{\"kind\": \"sgd\"}",
            "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]", "\"" + "w".repeat(5_000) + "\"", "1" + "0".repeat(2_000)};

    /** The good corpus session with the value after one of its colons swapped for a hostile one. */
    @Provide
    Arbitrary<String> swapped() {
        String good = new String(Hostile.bytes(Hostile.CORPUS.resolve("session/good.json")), StandardCharsets.UTF_8);
        return Arbitraries.randomValue(r -> swap(good, r));
    }

    private static String swap(String json, Random r) {
        String s = json;
        for (int k = 1 + r.nextInt(2); k > 0; k--) {
            int colons = (int) s.chars().filter(c -> c == ':').count();
            int which = r.nextInt(colons);
            int at = -1;
            for (int i = 0; i <= which; i++) {
                at = s.indexOf(':', at + 1);
            }
            int end = valueEnd(s, at + 1);
            s = s.substring(0, at + 1) + " " + VALUES[r.nextInt(VALUES.length)] + s.substring(end);
        }
        return s;
    }

    /** Where the JSON value starting at {@code from} ends (a simple scan; the session has no ':' in strings). */
    private static int valueEnd(String s, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    @Property
    void goodSessionsWithAHostileValueAreAcceptedOrRefusedCleanly(@ForAll("swapped") String json) throws IOException {
        loadOrRefuse(Files.writeString(work.resolve("swapped.json"), json, StandardCharsets.UTF_8));
    }
}
