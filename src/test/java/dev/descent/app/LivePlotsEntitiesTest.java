package dev.descent.app;

import dev.descent.charts.CostChart;
import dev.descent.charts.FitChart;
import dev.descent.charts.LandscapeChart;
import dev.descent.core.DataGenerator;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live charts draw their items without recording a hit area for each one. */
class LivePlotsEntitiesTest {
    private static int entitiesDrawn(JFreeChart chart) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, 800, 500), info);
        } finally {
            g2.dispose();
        }
        return info.getEntityCollection().getEntityCount();
    }

    @Test
    void theLiveChartsRecordNoEntityPerPointOrEpoch() {
        // A parabola: its fitted curve is drawn through many points, and a thousand along the path.
        Dataset data = new DataGenerator(Model.QUADRATIC, 1000, 0, 10, new double[] {0.5, 2, 1}, 0.5, 7).generate();
        FitChart fit = new FitChart(Model.QUADRATIC);
        fit.setData(data);
        fit.setParams(new double[] {0.4, 1.5, 0.5});
        LandscapeChart landscape = new LandscapeChart();
        int n = 1000;
        double[] ws = new double[n];
        double[] costs = new double[n];
        for (int i = 0; i < n; i++) {
            ws[i] = 4.0 * i / n;
            costs[i] = (ws[i] - 2) * (ws[i] - 2);
        }
        landscape.setCurve(ws, costs);
        landscape.setTrail(ws, costs, n);
        landscape.setCurrent(2, 0, 0);
        // The count works: a standard line-and-shape chart of these points leaves an entity per point.
        var plain = new org.jfree.data.xy.XYSeries("trail");
        for (int i = 0; i < n; i++) {
            plain.add(ws[i], costs[i]);
        }
        JFreeChart control = org.jfree.chart.ChartFactory.createXYLineChart("control", "w", "cost",
                new org.jfree.data.xy.XYSeriesCollection(plain));
        ((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) control.getXYPlot().getRenderer()).setDefaultShapesVisible(true);
        assertTrue(entitiesDrawn(control) > n / 2, "control chart: " + entitiesDrawn(control));

        new LivePlots(fit, new CostChart(), landscape);
        int fitAfter = entitiesDrawn(fit.chart());
        int landscapeAfter = entitiesDrawn(landscape.chart());
        assertTrue(fitAfter < 20 && landscapeAfter < 20, "live charts: " + fitAfter + ", " + landscapeAfter);
    }
}
