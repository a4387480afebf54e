package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;

/** Counts the chart change events (each one a redraw in a ChartViewer) that a chart sends. */
final class ChangeCounter implements ChartChangeListener {
    int count;

    static ChangeCounter on(JFreeChart chart) {
        ChangeCounter c = new ChangeCounter();
        chart.addChangeListener(c);
        return c;
    }

    @Override
    public void chartChanged(ChartChangeEvent event) {
        count++;
    }

    /** Runs {@code action} and returns how many events it caused. */
    int during(Runnable action) {
        int before = count;
        action.run();
        return count - before;
    }
}
