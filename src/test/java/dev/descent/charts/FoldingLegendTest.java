package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FoldingLegendTest {
    private static FoldingLegend drawn(JFreeChart chart, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
        return (FoldingLegend) chart.getLegend();
    }

    @Test
    void aWideChartNamesEveryRunInFullOnOneRow() {
        FoldingLegend legend = drawn(CompareCharts.costChart(ChartFitTest.fourRuns()), 2400, 1000);
        assertFalse(legend.shortNames());
        assertEquals(4, legend.arrangedEntries());
        assertEquals(1, legend.rows());
    }

    @Test
    void aNarrowChartFoldsToRunNumbersAndThenToPlusNMore() {
        JFreeChart cost = CompareCharts.costChart(ChartFitTest.fourRuns());
        ChartStyle.setTextScale(cost, ChartFit.textScale(560, 300, false));
        FoldingLegend legend = drawn(cost, 560, 300);
        assertTrue(legend.shortNames(), "four full names do not fit one row of 560 pixels");
        assertEquals(4, legend.arrangedEntries(), "run 1 … run 4 fit one row");
        assertEquals(1, legend.rows());

        JFreeChart fit = CompareCharts.fitChart(ChartFitTest.fourRuns());
        ChartStyle.setTextScale(fit, 0.5f);
        FoldingLegend narrow = drawn(fit, 200, 200);
        assertEquals(1, narrow.rows(), "one row in a small chart");
        assertTrue(narrow.arrangedEntries() < 5, "some entries gave way to '+N more': " + narrow.arrangedEntries());
    }

    @Test
    void theFoldsRules() {
        assertEquals("run 2", FoldingLegend.shortLabel("2 · GD lr 0.1"));
        assertEquals("data", FoldingLegend.shortLabel("data"));
        assertEquals("before: GD lr 0.01", FoldingLegend.shortLabel("before: GD lr 0.01"));
        assertEquals("+3 more", FoldingLegend.moreLabel(3));
        assertEquals(5, FoldingLegend.shownEntries(5, 5));
        assertEquals(2, FoldingLegend.shownEntries(5, 3), "two entries and '+3 more'");
        assertEquals(1, FoldingLegend.maxRows(200, 20));
        assertEquals(2, FoldingLegend.maxRows(450, 20));
        assertEquals(1, FoldingLegend.maxRows(0, 20));
    }

    @Test
    void ghostsShareOneLegendEntry() {
        assertEquals("before: GD lr 0.01", Charts.ghostLegend(List.of("before: GD lr 0.01")));
        assertEquals("earlier runs (3)", Charts.ghostLegend(List.of("a", "b", "c")));
    }
}
