package dev.descent.io;

import dev.descent.core.train.EpochSnapshot;
import org.apache.commons.csv.CSVFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a run's history as CSV, one row per epoch, in the lectures' convention:
 * <pre>
 * epoch,w,cost
 * 0,1.0933333333333333,4.666666666666667
 * </pre>
 * Row k holds the parameters AFTER epoch k and the whole-data cost BEFORE it (at the parameters
 * epoch k started from), i.e. {@link EpochSnapshot#params()} and {@link EpochSnapshot#costBefore()}.
 * The parameter columns are headed by the model's parameter names. Numbers are written with
 * {@link Double#toString(double)}, so reading them back with {@link Double#parseDouble(String)} gives
 * the exact same doubles; a diverged run's last row may hold {@code NaN} or {@code Infinity}.
 * Lines end with {@code \n}; the text is UTF-8 (in practice ASCII).
 */
public final class HistoryCsv {
    private HistoryCsv() {
    }

    /** {@code epoch,<parameter names>,cost}. */
    public static String header(List<String> parameterNames) {
        return "epoch," + String.join(",", parameterNames) + ",cost";
    }

    /**
     * {@code run,label,epoch,<parameter names>,cost}: the header of several runs in one file, one row per
     * epoch of each run; {@code run} counts from 1 and {@code label} names the run (quoted when it holds a
     * comma or a quote). {@code train --compare --csv} streams such a file.
     */
    public static String runsHeader(List<String> parameterNames) {
        return "run,label," + header(parameterNames);
    }

    /** {@code <run>,<label>,}: what starts each row of run number {@code run} (from 1) in a file of several runs. */
    public static String runColumns(int run, String label) {
        StringBuilder sb = new StringBuilder().append(run).append(',');
        try {
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(label, sb, true);
        } catch (IOException e) {
            throw new UncheckedIOException("appending to a StringBuilder", e);
        }
        return sb.append(',').toString();
    }

    /** One row, without the line end. */
    public static String row(EpochSnapshot epoch) {
        StringBuilder sb = new StringBuilder().append(epoch.epoch());
        for (double v : epoch.params()) {
            sb.append(',').append(Double.toString(v));
        }
        return sb.append(',').append(Double.toString(epoch.costBefore())).toString();
    }

    /**
     * Writes the history to {@code file}, all or nothing: the text goes to a temporary file beside it
     * that is moved over {@code file} once complete (see {@link AtomicFiles}).
     *
     * @throws DataFileException naming the file if it cannot be written
     * @throws IllegalArgumentException if a snapshot has a different number of parameters than names
     */
    public static void write(Path file, List<String> parameterNames, List<EpochSnapshot> epochs)
            throws DataFileException {
        requireMatchingWidth(parameterNames, epochs);
        AtomicFiles.write(file, out -> write(out, parameterNames, epochs));
    }

    /** Writes the history to a stream, which is flushed but left open. */
    public static void write(OutputStream out, List<String> parameterNames, List<EpochSnapshot> epochs)
            throws IOException {
        requireMatchingWidth(parameterNames, epochs);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(header(parameterNames));
        w.write('\n');
        for (EpochSnapshot epoch : epochs) {
            w.write(row(epoch));
            w.write('\n');
        }
        w.flush();
    }

    private static void requireMatchingWidth(List<String> parameterNames, List<EpochSnapshot> epochs) {
        for (EpochSnapshot epoch : epochs) {
            if (epoch.params().length != parameterNames.size()) {
                throw new IllegalArgumentException("epoch " + epoch.epoch() + " has " + epoch.params().length
                        + " parameters but the header names " + parameterNames.size() + " ("
                        + String.join(", ", parameterNames) + ")");
            }
        }
    }
}
