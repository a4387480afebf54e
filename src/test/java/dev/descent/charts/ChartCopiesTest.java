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

    @Test
    void aCopysMarkerListsStayAsTheyWereWhileTheOriginalGoesOn() throws Exception {
        // JFreeChart's copy shares the plot's marker lists: the original must never add or remove a marker,
        // or a copy being drawn for a file would see its list change under it.
        CostChart cost = new CostChart();
        cost.setCurrentEpoch(3);
        LandscapeChart landscape = new LandscapeChart();
        landscape.setOptimum(2);
        JFreeChart costCopy = ChartCopies.detached(cost.chart());
        JFreeChart landscapeCopy = ChartCopies.detached(landscape.chart());
        java.util.List<?> costMarkers = java.util.List.copyOf(costCopy.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
        java.util.List<?> landscapeMarkers = java.util.List.copyOf(
                landscapeCopy.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
        // The original hides its markers, then shows them again: the copy's lists see neither.
        cost.setCurrentEpoch(-1);
        landscape.setOptimum(Double.NaN);
        assertEquals(costMarkers, java.util.List.copyOf(costCopy.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)));
        assertEquals(landscapeMarkers, java.util.List.copyOf(
                landscapeCopy.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)));
        cost.clear();
        cost.setCurrentEpoch(7);
        landscape.setOptimum(5);
        assertEquals(costMarkers, java.util.List.copyOf(costCopy.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)));
        assertEquals(landscapeMarkers, java.util.List.copyOf(
                landscapeCopy.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)));
    }
}
