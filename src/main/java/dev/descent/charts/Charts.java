package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/** Small helpers shared by the chart classes. */
final class Charts {
    private Charts() {
    }

    /**
     * Runs {@code change} with the chart's notifications off, then restores them. If they were on, that
     * fires exactly one chart change event (one redraw); if the caller had turned them off to batch
     * several updates, none.
     */
    static void once(JFreeChart chart, Runnable change) {
        boolean was = chart.isNotify();
        chart.setNotify(false);
        try {
            change.run();
        } finally {
            chart.setNotify(was);
        }
    }

    /**
     * Puts a vertical marker's label on the side of the line with more room: to the right of a marker
     * in the left half of the view, to the left of one in the right half, so that it is never cut off.
     */
    static void placeLabel(ValueMarker marker, Span view) {
        boolean rightHalf = marker.getValue() > view.middle();
        marker.setLabelAnchor(rightHalf ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(rightHalf ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    }

    static void setSubtitle(TextTitle title, String text) {
        boolean show = text != null && !text.isBlank();
        title.setText(show ? text : "");
        title.setVisible(show);
    }

    /**
     * Fills the ghost series (earlier runs) of a chart: series g gets label g and its points, the rest
     * are emptied. The ghosts share one legend entry ({@link #ghostLegend}). Returns how many ghosts are shown.
     */
    static int setGhosts(ArrayXYDataset ghosts, org.jfree.chart.renderer.xy.XYItemRenderer renderer,
                         java.util.List<String> labels, java.util.List<double[]> xs, java.util.List<double[]> ys) {
        int n = Math.min(ChartStyle.MAX_GHOSTS, labels.size());
        for (int g = 0; g < ChartStyle.MAX_GHOSTS; g++) {
            if (g < n) {
                ghosts.setKey(g, labels.get(g));
                ghosts.set(g, xs.get(g), ys.get(g), Math.min(xs.get(g).length, ys.get(g).length));
            } else {
                ghosts.setKey(g, "ghost " + (g + 1));
                ghosts.clear(g);
            }
            renderer.setSeriesVisibleInLegend(g, g == 0 && n > 0);
        }
        if (renderer instanceof org.jfree.chart.renderer.xy.AbstractXYItemRenderer r) {
            String entry = ghostLegend(labels.subList(0, n));
            r.setLegendItemLabelGenerator((dataset, series) -> entry);
        }
        return n;
    }

    /**
     * The one legend entry the ghosts share: the earlier run's own label when there is one, else
     * "earlier runs (3)", so that three typed rates do not take three rows of the legend.
     */
    static String ghostLegend(java.util.List<String> labels) {
        return labels.size() == 1 ? labels.get(0) : ChartStyle.GHOSTS_LEGEND + " (" + labels.size() + ")";
    }
}
