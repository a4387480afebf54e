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

    @Test
    void aLongRunIsThinnedEvenlySoTheCurveKeepsItsShape() {
        // 100,000 epochs of a smooth decay, in frames of 7,000 as the window takes them. The curve must
        // thin the whole run alike: thinning only the older part again and again once left one point
        // in the first 93,000 epochs, and the decay was drawn as a straight line.
        CostChart chart = new CostChart();
        int n = 100_000;
        int frame = 7000;
        for (int start = 0; start < n; start += frame) {
            int m = Math.min(frame, n - start);
            int[] epochs = new int[m];
            double[] costs = new double[m];
            for (int i = 0; i < m; i++) {
                epochs[i] = start + i;
                costs[i] = 10 * Math.exp(-(start + i) / 5000.0);
            }
            chart.append(epochs, costs, m);
        }
        var data = chart.chart().getXYPlot().getDataset();
        int count = data.getItemCount(0);
        assertTrue(count >= CostChart.BUCKETS / 2, "points kept: " + count);
        // Buckets hold at most n / (BUCKETS / 2) epochs each; a bucket's two points are within it.
        double widest = 2.0 * n / (CostChart.BUCKETS / 2.0);
        for (int i = 0; i < count; i++) {
            double x = data.getXValue(0, i);
            assertEquals(10 * Math.exp(-x / 5000.0), data.getYValue(0, i), 0, "a point of the data at epoch " + x);
            if (i > 0) {
                double gap = x - data.getXValue(0, i - 1);
                assertTrue(gap > 0 && gap <= widest, "gap of " + gap + " epochs before epoch " + x);
            }
        }
        assertEquals(0, data.getXValue(0, 0));
        assertEquals(n - 1, data.getXValue(0, count - 1));
    }
}
