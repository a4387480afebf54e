package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartThemeTest {
    private static final List<Color> LIGHT_COLOURS = List.of(ChartStyle.BACKGROUND, ChartStyle.TEXT,
            ChartStyle.SUBTLE_TEXT, ChartStyle.GRID, ChartStyle.AXIS_LINE, ChartStyle.BLUE, ChartStyle.VERMILLION,
            ChartStyle.ORANGE, ChartStyle.GREEN, ChartStyle.PURPLE, ChartStyle.GREY, ChartStyle.GHOST_COLOR,
            ChartStyle.COMPARE_DATA_COLOR, ChartStyle.COMPARE_CURVE_COLOR);

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    @Test
    void everyColourGoesDarkAndComesBack() {
        for (Color c : LIGHT_COLOURS) {
            assertEquals(c, ChartTheme.LIGHT.colour(ChartTheme.DARK.colour(c)), c.toString());
            assertEquals(ChartTheme.DARK.colour(c), ChartTheme.DARK.colour(ChartTheme.DARK.colour(c)), "idempotent");
        }
        assertEquals(new Color(0x56, 0xB4, 0xE9), ChartTheme.DARK.runColor(0), "Okabe–Ito sky blue on dark");
        assertEquals(ChartStyle.VERMILLION, ChartTheme.DARK.runColor(1));
    }

    @Test
    void onDarkTheTextAndEveryRunStandOutFromTheBackground() {
        double background = luminance(ChartTheme.DARK.background());
        assertTrue(luminance(ChartTheme.DARK.text()) - background > 0.7);
        for (int i = 0; i < 4; i++) {
            assertTrue(luminance(ChartTheme.DARK.runColor(i)) - background > 0.25, "run " + i);
        }
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                assertNotEquals(ChartTheme.DARK.runColor(i), ChartTheme.DARK.runColor(j));
            }
        }
    }

    @Test
    void applyTurnsAChartDarkAndBackLight() {
        JFreeChart chart = CompareCharts.costChart(ChartFitTest.fourRuns());
        ChartTheme.DARK.apply(chart);
        assertEquals(ChartTheme.DARK.background(), chart.getBackgroundPaint());
        assertEquals(ChartTheme.DARK.background(), chart.getXYPlot().getBackgroundPaint());
        assertEquals(ChartTheme.DARK.text(), chart.getTitle().getPaint());
        assertEquals(ChartTheme.DARK.grid(), chart.getXYPlot().getRangeGridlinePaint());
        assertEquals(ChartTheme.DARK.text(), chart.getXYPlot().getRangeAxis().getTickLabelPaint());
        assertEquals(ChartTheme.DARK.runColor(0), chart.getXYPlot().getRenderer().getSeriesPaint(0));
        assertEquals(ChartTheme.DARK.background(), chart.getLegend().getBackgroundPaint());
        ChartTheme.LIGHT.apply(chart);
        assertEquals(ChartStyle.BACKGROUND, chart.getXYPlot().getBackgroundPaint());
        assertEquals(ChartStyle.TEXT, chart.getTitle().getPaint());
        assertEquals(ChartStyle.BLUE, chart.getXYPlot().getRenderer().getSeriesPaint(0));
    }

    @Test
    void aHeatMapKeepsItsColoursButItsFrameFollows() {
        SurfaceChart surface = new SurfaceChart();
        var inside = surface.chart().getXYPlot().getBackgroundPaint();
        ChartTheme.DARK.apply(surface.chart());
        assertEquals(inside, surface.chart().getXYPlot().getBackgroundPaint());
        assertEquals(ChartTheme.DARK.text(), surface.chart().getTitle().getPaint());
    }

    @Test
    void namedThemes() {
        assertEquals(ChartTheme.DARK, ChartTheme.named(" Dark "));
        assertEquals(ChartTheme.LIGHT, ChartTheme.named(null));
    }
}
