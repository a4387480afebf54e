package dev.descent.charts;

import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small windows shrink every chart's text by one factor, in one change, and can undo it. */
class CompactTextTest {
    @Test
    void compactTextScalesTitleLegendAxesAndMarkerAndRestores() {
        LandscapeChart landscape = new LandscapeChart();
        landscape.setOptimum(2.0);
        var chart = landscape.chart();
        ChangeCounter changes = ChangeCounter.on(chart);
        assertEquals(1, changes.during(() -> landscape.setCompact(true)));
        float k = ChartStyle.COMPACT_SCALE;
        assertEquals(28 * k, chart.getTitle().getFont().getSize2D(), 1e-4);
        assertEquals(22 * k, chart.getXYPlot().getDomainAxis().getLabelFont().getSize2D(), 1e-4);
        assertEquals(19 * k, chart.getXYPlot().getRangeAxis().getTickLabelFont().getSize2D(), 1e-4);
        LegendTitle legend = chart.getLegend();
        assertEquals(20 * k, legend.getItemFont().getSize2D(), 1e-4);
        var marker = chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(18 * k, ((org.jfree.chart.plot.Marker) marker).getLabelFont().getSize2D(), 1e-4);

        landscape.setCompact(false);
        assertEquals(ChartStyle.TITLE_FONT, chart.getTitle().getFont());
        assertEquals(ChartStyle.LEGEND_FONT, legend.getItemFont());
    }
}
