package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** A copy made for export keeps the data it was made with while the live chart goes on. */
class ChartCopiesTest {
    @Test
    void theCopysCurveStaysPutWhileTheLiveCurveIsRewritten() throws Exception {
        CostChart live = new CostChart();
        int[] epochs = new int[100];
        double[] costs = new double[100];
        for (int i = 0; i < 100; i++) {
            epochs[i] = i;
            costs[i] = 100 - i;
        }
        live.append(epochs, costs, 100);
        JFreeChart copy = ChartCopies.detached(live.chart());
        var copied = copy.getXYPlot().getDataset();
        assertNotSame(live.chart().getXYPlot().getDataset(), copied);
        assertEquals(100, copied.getItemCount(0));

        live.clear();
        for (int i = 0; i < 100; i++) {
            epochs[i] = i;
            costs[i] = -1 - i;
        }
        live.append(epochs, costs, 50);
        assertEquals(50, live.chart().getXYPlot().getDataset().getItemCount(0));
        assertEquals(100, copied.getItemCount(0), "the copy keeps its points");
        assertEquals(100.0, copied.getYValue(0, 0));
        assertEquals(1.0, copied.getYValue(0, 99));
    }

    @Test
    void theCopysLegendReadsTheCopyNotTheLiveChart() throws Exception {
        CostChart live = new CostChart();
        JFreeChart copy = ChartCopies.detached(live.chart());
        live.setGhosts(java.util.List.of("before: GD lr 0.01"), java.util.List.of(new double[] {0, 1}),
                java.util.List.of(new double[] {4, 3}));
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (var source : copy.getLegend().getSources()) {
            var items = source.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                labels.add(items.get(i).getLabel());
            }
        }
        assertEquals(java.util.List.of("cost"), labels, "an earlier run added to the live chart later is not in the copy");
    }

    @Test
    void eachCopyDrawsItsDotsWithItsOwnRenderer() throws Exception {
        FitChart live = new FitChart(dev.descent.core.Model.LINE);
        JFreeChart copy = ChartCopies.detached(live.chart());
        var liveRenderers = live.chart().getXYPlot().getRendererCount();
        int dotRenderers = 0;
        for (int i = 0; i < liveRenderers; i++) {
            var r = live.chart().getXYPlot().getRenderer(i);
            if (r instanceof DotRenderer) {
                dotRenderers++;
                assertNotSame(r, copy.getXYPlot().getRenderer(i));
                java.lang.reflect.Field dot = DotRenderer.class.getDeclaredField("dot");
                dot.setAccessible(true);
                assertNotSame(dot.get(r), dot.get(copy.getXYPlot().getRenderer(i)),
                        "the dot each draw moves into place is the copy's own");
            }
        }
        assertEquals(true, dotRenderers > 0, "the fit chart draws its points with dots");
    }
}
