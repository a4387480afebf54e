package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

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

    static void setSubtitle(TextTitle title, String text) {
        boolean show = text != null && !text.isBlank();
        title.setText(show ? text : "");
        title.setVisible(show);
    }
}
