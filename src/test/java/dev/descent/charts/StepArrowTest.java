package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertTrue;

class StepArrowTest {

    /** An empty plot from 0 to 10 on both axes, to draw arrows on. */
    private static XYPlot emptyPlot() {
        NumberAxis x = new NumberAxis();
        x.setRange(0, 10);
        NumberAxis y = new NumberAxis();
        y.setRange(0, 10);
        return new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer());
    }

    @Test
    void twoArrowsAtAPointNearTheTopGoBelowItApartInsteadOfOnTopOfEachOther() {
        // The momentum lecture starts near the top of its landscape, where v = g: two equal arrows.
        XYPlot plot = emptyPlot();
        Color green = new Color(0, 158, 115);
        Color orange = new Color(213, 94, 0);
        plot.addAnnotation(new StepArrow(2, 4, 9.8, 26, "\u2212lr\u00b7g", green, ChartStyle.LABEL_BACKGROUND));
        plot.addAnnotation(new StepArrow(2, 4, 9.8, 48, "\u2212lr\u00b7v", orange, ChartStyle.LABEL_BACKGROUND));
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        Rendered r = Rendered.of(chart, 600, 400);
        double mid = (r.px(2) + r.px(4)) / 2;
        assertTrue(r.hasColourNear(mid, r.py(9.8) + 26, 2, green, 30), "the gradient's arrow below the point");
        assertTrue(r.hasColourNear(mid, r.py(9.8) + 48, 2, orange, 30), "the velocity's arrow below it");
    }

    @Test
    void aLineBehindTheLabelDoesNotCrossItsMinusSign() {
        // The dashed optimum often runs right through "−lr·g" near the bottom of the bowl: drawn across the
        // minus sign it read as "+lr·g". A black line through the label must stay hidden behind it.
        XYPlot plot = emptyPlot();
        var x = plot.getDomainAxis();
        plot.addAnnotation(new StepArrow(2, 4, 5, 0, "\u2212lr\u00b7g", Color.GREEN.darker(), ChartStyle.LABEL_BACKGROUND));
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        Rendered first = Rendered.of(chart, 600, 400);
        // A line a few pixels into the label: the label starts 4 pixels right of the arrow's head at 4.
        double column = first.px(4) + 12;
        double at = x.java2DToValue(column, first.dataArea, plot.getDomainAxisEdge());
        ValueMarker line = new ValueMarker(at, Color.BLACK, new BasicStroke(2f));
        plot.addDomainMarker(line, org.jfree.chart.ui.Layer.FOREGROUND);
        Rendered r = Rendered.of(chart, 600, 400);
        int labelRow = (int) Math.round(r.py(5));
        int black = 0;
        for (int row = labelRow - 8; row <= labelRow + 3; row++) {
            Color c = new Color(r.image.getRGB((int) Math.round(column), row));
            if (c.getRed() + c.getGreen() + c.getBlue() < 120) {
                black++;
            }
        }
        int above = 0;
        for (int row = labelRow - 60; row <= labelRow - 49; row++) {
            Color c = new Color(r.image.getRGB((int) Math.round(column), row));
            if (c.getRed() + c.getGreen() + c.getBlue() < 120) {
                above++;
            }
        }
        assertTrue(above >= 10, "the line is drawn above the label: " + above + " dark pixels");
        assertTrue(black == 0, black + " dark pixels of the line show through the label");
    }
}
