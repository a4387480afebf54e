package dev.descent.cli;

import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.io.DataFileException;

import java.nio.file.Path;
import java.util.List;

/**
 * Renders a finished run's charts for {@code train --png}: {@code fit.png}, {@code cost.png} and
 * {@code landscape.png} in a folder that already exists. The charts themselves live in
 * {@code dev.descent.charts}; this interface keeps the command line independent of how they are drawn.
 */
@FunctionalInterface
interface ChartExport {

    /** The file names written into the folder. */
    List<String> FILE_NAMES = List.of("fit.png", "cost.png", "landscape.png");

    /**
     * Writes the three PNGs.
     *
     * @param history one snapshot per epoch that ran, in order
     * @throws DataFileException naming the file that could not be written
     */
    void write(RunConfig config, List<EpochSnapshot> history, RunResult result, Path folder, int width, int height)
            throws DataFileException;

    /** Whether this build can draw charts; asked before training so that a run is not wasted. */
    default boolean available() {
        return true;
    }

    /** Stands in while no chart renderer is wired in: {@code --png} is refused before training. */
    ChartExport UNAVAILABLE = new ChartExport() {
        @Override
        public void write(RunConfig config, List<EpochSnapshot> history, RunResult result, Path folder, int width,
                          int height) throws DataFileException {
            throw new DataFileException("--png: chart export is not available in this build");
        }

        @Override
        public boolean available() {
            return false;
        }
    };
}
