package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Copies of live charts that can be drawn on another thread while the originals go on changing.
 * {@link JFreeChart#clone()} shares the datasets, and the live charts rewrite theirs in place every
 * frame, so a copy drawn off the FX thread could catch a curve half rewritten; here each of the
 * charts' own growable datasets is copied too. (The surface's grid and contour datasets are replaced
 * whole, never changed in place, so sharing them is safe.) The copy's markers are its own too, so
 * that a copy can be recoloured (for print) without touching the chart on screen.
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
            ownMarkers(plot);
        }
        return copy;
    }

    private static void ownMarkers(XYPlot plot) throws CloneNotSupportedException {
        for (org.jfree.chart.ui.Layer layer : new org.jfree.chart.ui.Layer[] {org.jfree.chart.ui.Layer.FOREGROUND,
                org.jfree.chart.ui.Layer.BACKGROUND}) {
            java.util.Collection<?> domain = plot.getDomainMarkers(layer);
            if (domain != null) {
                for (Object m : new java.util.ArrayList<>(domain)) {
                    plot.removeDomainMarker(0, (org.jfree.chart.plot.Marker) m, layer, false);
                    plot.addDomainMarker(0, (org.jfree.chart.plot.Marker) ((org.jfree.chart.plot.Marker) m).clone(),
                            layer, false);
                }
            }
            java.util.Collection<?> range = plot.getRangeMarkers(layer);
            if (range != null) {
                for (Object m : new java.util.ArrayList<>(range)) {
                    plot.removeRangeMarker(0, (org.jfree.chart.plot.Marker) m, layer, false);
                    plot.addRangeMarker(0, (org.jfree.chart.plot.Marker) ((org.jfree.chart.plot.Marker) m).clone(),
                            layer, false);
                }
            }
        }
    }
}
