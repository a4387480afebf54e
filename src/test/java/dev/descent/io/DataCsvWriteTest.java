package dev.descent.io;

import dev.descent.core.Dataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataCsvWriteTest {
    @TempDir
    Path dir;

    @Test
    void writesAHeaderAndOneRowPerPoint() throws Exception {
        Path f = dir.resolve("points.csv");
        DataCsv.write(f, Dataset.of(new double[] {1, 2.5, -0.0}, new double[] {2, 1e-7, 3}));
        assertEquals("x,y\n1.0,2.0\n2.5,1.0E-7\n-0.0,3.0\n", Files.readString(f, StandardCharsets.UTF_8));
    }

    @Test
    void awkwardValuesReadBackBitForBit() throws Exception {
        double[] xs = {0.1, 1.0 / 3, Double.MIN_VALUE, -Double.MAX_VALUE, Math.nextUp(1.0), -0.0, 123456789.123456789};
        double[] ys = {Math.PI, -Math.E, Double.MAX_VALUE, 1e-300, Math.nextDown(2.0), 0.0, 5e-324};
        Dataset d = Dataset.of(xs, ys);
        Path f = dir.resolve("awkward.csv");
        DataCsv.write(f, d);
        assertEquals(d, DataCsv.read(f));
    }

    @Property(tries = 200)
    void anyDataSetRoundTrips(@ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e12, max = 1e12) Double> values)
            throws Exception {
        double[] xs = new double[values.size()];
        double[] ys = new double[values.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = values.get(i);
            ys[i] = values.get(i) * 0.7 - 1 / (1 + Math.abs(values.get(i)));
        }
        Dataset d = Dataset.of(xs, ys);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataCsv.write(out, d);
        assertEquals(d, DataCsv.parse(out.toString(StandardCharsets.UTF_8), "memory"));
    }

    @Test
    void aFailedWriteNamesTheFileAndLeavesNothing() {
        Path f = dir.resolve("missing-folder").resolve("points.csv");
        DataFileException e = assertThrows(DataFileException.class,
                () -> DataCsv.write(f, Dataset.of(new double[] {1}, new double[] {2})));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertFalse(Files.exists(f.getParent()));
    }
}
