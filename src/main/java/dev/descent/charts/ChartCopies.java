package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Copies of live charts that can be drawn on another thread while the originals go on changing.
 * {@link JFreeChart#clone()} shares the datasets, and the live charts rewrite theirs in place every
 * frame, so a copy drawn off the FX thread could catch a curve half rewritten; here each of the
 * charts' own growable datasets is copied too. (The surface's grid and contour datasets are replaced
 * whole, never changed in place, so sharing them is safe.)
 */
public final class ChartCopies {
    private ChartCopies() {
    }

    /** A clone of {@code chart} with copies of its data, detached from the original's later changes. */
    public static JFreeChart detached(JFreeChart chart) throws CloneNotSupportedException {
        JFreeChart copy = (JFreeChart) chart.clone();
        if (copy.getPlot() instanceof XYPlot plot) {
            for (var entry : new java.util.ArrayList<>(plot.getDatasets().entrySet())) {
                if (entry.getValue() instanceof ArrayXYDataset data) {
                    plot.setDataset(entry.getKey(), data.copy());
                }
            }
        }
        return copy;
    }
}
