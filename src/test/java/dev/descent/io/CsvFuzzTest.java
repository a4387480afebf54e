package dev.descent.io;

import dev.descent.core.Dataset;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The data CSV reader against hostile input. For every corpus file and every mutation of one: the file
 * is accepted, or refused with a {@link DataFileException} whose one short line names the file (and the
 * line), in our words; never another exception, never a hang (bounded at {@link Hostile#HANG}), and never
 * more than {@value #FIXED_BYTES} bytes plus {@value #BYTES_PER_BYTE} per byte of input allocated.
 * Generated well-formed files read back exactly as {@link Double#parseDouble} reads their text.
 *
 * <p>Tries per property: see {@link FuzzTries}.
 */
@AddLifecycleHook(FuzzTries.class)
class CsvFuzzTest {
    static final long FIXED_BYTES = 16L << 20;
    static final long BYTES_PER_BYTE = 64;

    private Path work;

    @BeforeProperty
    void workFolder() throws IOException {
        work = Files.createTempDirectory("descent-csv-fuzz");
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
        return Hostile.files("csv");
    }

    /** Reads the file within the bounds; the data if accepted, null if refused as it should be. */
    static Dataset readOrRefuse(Path file) {
        long size = file.toFile().length();
        return Hostile.bounded(FIXED_BYTES + BYTES_PER_BYTE * size, () -> {
            try {
                return DataCsv.read(file);
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
        Dataset d = readOrRefuse(file);
        if (file.getFileName().toString().startsWith("good")) {
            assertEquals(file.toString().contains("bom") ? 2 : 3, d == null ? -1 : d.size(), file.toString());
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        List<byte[]> seeds = corpus().stream().map(Hostile::bytes).toList();
        return Arbitraries.of(seeds).flatMap(seed -> Arbitraries.randomValue(r -> Hostile.mutate(seed, r)));
    }

    @Property
    void mutatedCorpusFilesAreAcceptedOrRefusedCleanly(@ForAll("mutated") byte[] bytes) throws IOException {
        Path f = Files.write(work.resolve("mutated.csv"), bytes);
        readOrRefuse(f);
    }

    @Provide
    Arbitrary<double[]> finite() {
        return Arbitraries.doubles().filter(Double::isFinite).array(double[].class).ofMinSize(1).ofMaxSize(200);
    }

    /** Each number written one of several ways; what is read is what Double.parseDouble reads from that text. */
    @Property
    void wellFormedFilesReadBackExactly(@ForAll("finite") double[] values, @ForAll boolean header,
                                        @ForAll boolean crlf, @ForAll("formats") int format) throws Exception {
        StringBuilder text = new StringBuilder(header ? "x,y" + (crlf ? "\r\n" : "\n") : "");
        double[] x = new double[values.length];
        double[] y = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            String sx = write(values[i], format);
            String sy = write(-values[values.length - 1 - i], (format + i) % 4);
            x[i] = Double.parseDouble(sx);
            y[i] = Double.parseDouble(sy);
            text.append(i % 2 == 0 ? sx : " " + sx + "\t").append(',').append(sy).append(crlf ? "\r\n" : "\n");
        }
        Path f = Files.writeString(work.resolve("good.csv"), text, StandardCharsets.UTF_8);
        Dataset d = readOrRefuse(f);
        assertArrayEquals(x, d.xs());
        assertArrayEquals(y, d.ys());
    }

    @Provide
    Arbitrary<Integer> formats() {
        return Arbitraries.integers().between(0, 3);
    }

    private static String write(double v, int format) {
        return switch (format) {
            case 0 -> Double.toString(v);
            case 1 -> String.format(Locale.ROOT, "%.17e", v);
            case 2 -> new BigDecimal(v).toPlainString();
            default -> String.format(Locale.ROOT, "%.6f", v);
        };
    }
}
