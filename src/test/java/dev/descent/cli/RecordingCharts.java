package dev.descent.cli;

import dev.descent.charts.RunCharts;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.io.DataFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A stand-in chart export: remembers what it was asked and writes three small placeholder files. */
final class RecordingCharts implements ChartExport {
    record Call(Path folder, int width, int height, int epochs) {
    }

    final List<Call> calls = new ArrayList<>();

    @Override
    public void write(RunConfig config, List<EpochSnapshot> history, RunResult result, Path folder, int width,
                      int height) throws DataFileException {
        calls.add(new Call(folder, width, height, history.size()));
        for (String name : List.of(RunCharts.FIT_FILE, RunCharts.COST_FILE, RunCharts.LANDSCAPE_FILE)) {
            try {
                Files.writeString(folder.resolve(name), "placeholder");
            } catch (IOException e) {
                throw new DataFileException(folder.resolve(name) + ": " + e.getMessage(), e);
            }
        }
    }
}
