package dev.descent.cli;

import dev.descent.charts.RunCharts;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.io.DataFileException;

import java.nio.file.Path;
import java.util.List;

/**
 * Renders a finished run's charts for {@code train --png}: {@code fit.png}, {@code cost.png} and
 * {@code landscape.png} in a folder that already exists. The command line uses {@link #RUN_CHARTS}; tests
 * put a stand-in here to check what is asked for, and how a failing write is reported.
 */
@FunctionalInterface
interface ChartExport {

    /**
     * Writes the three PNGs.
     *
     * @param history one snapshot per epoch that ran, in order
     * @throws DataFileException naming the file that could not be written
     */
    void write(RunConfig config, List<EpochSnapshot> history, RunResult result, Path folder, int width, int height)
            throws DataFileException;

    /** The charts of {@code dev.descent.charts}, drawn with JFreeChart, no JavaFX and no display needed. */
    ChartExport RUN_CHARTS = RunCharts::writeAll;
}
