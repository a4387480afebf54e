package dev.descent.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a data set shipped inside the application (a lecture's points): an {@code x,y} header, then one
 * {@code x,y} row of two numbers per line, as {@code io.DataCsv.write} writes them. The files are part of
 * the build and checked by its tests, so this reader is strict and small: anything else in them is a
 * broken build, an {@link IllegalStateException}. Numbers read with {@link Double#parseDouble}, so a
 * value comes back bit for bit as it was written.
 */
public final class BundledData {
    private BundledData() {
    }

    /** Reads the resource at the absolute path {@code resource}, e.g. {@code /dev/descent/data/quadratic_fit.csv}. */
    public static Dataset read(String resource) {
        String text;
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource, e);
        }
        String[] lines = text.split("\n");
        if (lines.length < 2 || !lines[0].strip().equals("x,y")) {
            throw new IllegalStateException(resource + ": expected an x,y header and at least one row");
        }
        double[] x = new double[lines.length - 1];
        double[] y = new double[lines.length - 1];
        for (int i = 1; i < lines.length; i++) {
            String row = lines[i].strip();
            int comma = row.indexOf(',');
            if (comma < 0 || row.indexOf(',', comma + 1) >= 0) {
                throw new IllegalStateException(resource + ", line " + (i + 1) + ": expected x,y");
            }
            try {
                x[i - 1] = Double.parseDouble(row.substring(0, comma));
                y[i - 1] = Double.parseDouble(row.substring(comma + 1));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(resource + ", line " + (i + 1) + ": expected two numbers", e);
            }
        }
        return Dataset.of(x, y);
    }
}
