package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Copies of live charts that can be drawn on another thread while the originals go on changing.
 * {@link JFreeChart#clone()} shares the datasets and the legend's source, and the live charts rewrite
 * their data every frame, so a copy drawn on another thread could catch a curve half rewritten; here
 * each of the charts' own datasets ({@link CopiedData}) is copied too, and the legend reads the copy.
 * The markers stay shared (JFreeChart copies only the lists' map), so the charts never add or remove one
 * after they are made (a hidden marker has the value NaN); a copy drawn while its original
 * moves a marker may show the marker's newer place.
 */
public final class ChartCopies {
    private ChartCopies() {
    }

    /** A clone of {@code chart} with copies of its data, detached from the original's later changes. */
    public static JFreeChart detached(JFreeChart chart) throws CloneNotSupportedException {
        JFreeChart copy = (JFreeChart) chart.clone();
        // A cloned legend still reads its items from the original's plot, which goes on changing.
        for (Object subtitle : copy.getSubtitles()) {
            if (subtitle instanceof org.jfree.chart.title.LegendTitle legend
                    && java.util.Arrays.asList(legend.getSources()).contains(chart.getPlot())) {
                legend.setSources(new org.jfree.chart.LegendItemSource[] {(org.jfree.chart.LegendItemSource) copy.getPlot()});
            }
        }
        if (copy.getPlot() instanceof XYPlot plot) {
            for (var entry : new java.util.ArrayList<>(plot.getDatasets().entrySet())) {
                if (entry.getValue() instanceof CopiedData data) {
                    plot.setDataset(entry.getKey(), (org.jfree.data.xy.XYDataset) data.copy());
                }
            }
        }
        return copy;
    }
}
