package dev.descent.cli;

import dev.descent.charts.ChartPng;
import dev.descent.charts.RunCharts;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.io.OutputSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a finished run's charts for {@code train --png}: {@code fit.png}, {@code cost.png} and
 * {@code landscape.png}, each as a body that draws its PNG into the stream it is given; {@code train}
 * writes them with its other files, as one set. The command line uses {@link #RUN_CHARTS}; tests put a
 * stand-in here to check what is asked for, and what a failing write does.
 */
@FunctionalInterface
interface ChartExport {

    /**
     * The three PNGs by file name, in order.
     *
     * @param history the epochs that ran, in order (thinned evenly once the run is long)
     */
    Map<String, OutputSet.Body> pictures(RunConfig config, List<EpochSnapshot> history, RunResult result, int width,
                                         int height);

    /** The charts of {@code dev.descent.charts}, drawn with JFreeChart, no JavaFX and no display needed. */
    ChartExport RUN_CHARTS = (config, history, result, width, height) -> {
        Map<String, OutputSet.Body> bodies = new LinkedHashMap<>();
        RunCharts.pictures(config, history, result, width, height)
                .forEach((name, chart) -> bodies.put(name, out -> ChartPng.writePng(out, chart, width, height)));
        return bodies;
    };
}
