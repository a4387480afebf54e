package dev.descent.cli;

import dev.descent.charts.RunCharts;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.io.OutputSet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in chart export: remembers what it was asked and draws three small placeholder files. With
 * {@link #failAt} set, that picture's write fails as a full disk would, after some bytes.
 */
final class RecordingCharts implements ChartExport {
    record Call(int width, int height, int epochs, int firstEpoch, int lastEpoch) {
    }

    final List<Call> calls = new ArrayList<>();
    String failAt;

    @Override
    public Map<String, OutputSet.Body> pictures(RunConfig config, List<EpochSnapshot> history, RunResult result,
                                                int width, int height) {
        calls.add(new Call(width, height, history.size(), history.isEmpty() ? -1 : history.get(0).epoch(),
                history.isEmpty() ? -1 : history.get(history.size() - 1).epoch()));
        Map<String, OutputSet.Body> bodies = new LinkedHashMap<>();
        for (String name : List.of(RunCharts.FIT_FILE, RunCharts.COST_FILE, RunCharts.LANDSCAPE_FILE)) {
            bodies.put(name, out -> {
                out.write(("placeholder " + name).getBytes(StandardCharsets.US_ASCII));
                if (name.equals(failAt)) {
                    throw new java.io.IOException("No space left on device");
                }
            });
        }
        return bodies;
    }
}
