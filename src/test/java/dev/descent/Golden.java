package dev.descent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference golden CSVs, copied into src/test/resources/golden from the shared reference
 * folder. Every value is written so it reads back as the exact double the reference run produced.
 */
public final class Golden {
    private Golden() {
    }

    /** The rows of {@code /golden/<name>} without the header line, each as doubles. */
    public static List<double[]> rows(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<double[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split(",");
                double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = Double.parseDouble(cells[j].trim());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
