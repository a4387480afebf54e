package dev.descent.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A million epochs on the live cost chart: bounded memory, spikes and the ends kept. */
class CostChartBoundTest {
    @Test
    void aMillionEpochsKeepAtMostTheCapWithTheSpikeTheDipAndTheEnds() {
        CostChart chart = new CostChart();
        int n = 1_000_000;
        int[] epochs = new int[1000];
        double[] costs = new double[1000];
        for (int start = 0; start < n; start += 1000) {
            for (int i = 0; i < 1000; i++) {
                int e = start + i;
                epochs[i] = e;
                // A smooth decay with one spike at epoch 654,321 and one dip at 123,457.
                costs[i] = e == 654_321 ? 50.0 : e == 123_457 ? 1e-9 : 1.0 / (1 + e * 1e-4);
            }
            chart.append(epochs, costs, 1000);
        }
        var data = chart.chart().getXYPlot().getDataset();
        int count = data.getItemCount(0);
        assertTrue(count <= CostChart.MAX_POINTS + 1, "points kept: " + count);
        boolean spike = false;
        boolean dip = false;
        for (int i = 0; i < count; i++) {
            spike |= data.getYValue(0, i) == 50.0 && data.getXValue(0, i) == 654_321;
            dip |= data.getYValue(0, i) == 1e-9 && data.getXValue(0, i) == 123_457;
            if (i > 0) {
                assertTrue(data.getXValue(0, i) > data.getXValue(0, i - 1), "still in epoch order at " + i);
            }
        }
        assertTrue(spike, "the spike survives");
        assertTrue(dip, "the dip survives");
        assertEquals(0, data.getXValue(0, 0), () -> "first points: " + data.getXValue(0, 0) + "," + data.getXValue(0, 1)
                + "," + data.getXValue(0, 2) + " of " + data.getItemCount(0) + " in dataset " + data.getSeriesKey(0));
        assertEquals(n - 1, data.getXValue(0, count - 1));
    }
}
