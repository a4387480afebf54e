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
}
