package dev.descent.charts;

import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Presets;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static dev.descent.charts.RunAnimationTest.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartFitTest {
    static List<RunTrace> fourRuns() {
        RunConfig m = Presets.byId("momentum").config();
        return List.of(trace("1 · SGD (momentum 0.5, dampened) lr 0.1", m),
                trace("2 · GD lr 0.1", m.withOptimizer(SgdConfig.plain(0.1))),
                trace("3 · SGD (momentum 0.9) lr 0.1", m.withOptimizer(SgdConfig.heavyBall(0.1, 0.9))),
                trace("4 · SGD (momentum 0.9, Nesterov) lr 0.1", m.withOptimizer(new SgdConfig(0.1, 0.9, 0, true, 0))));
    }

    /** The share of the chart's area its data area takes, drawn at w × h with the text scale for that place. */
    static double[] shares(JFreeChart chart, int w, int h, boolean presenting) {
        ChartStyle.setTextScale(chart, ChartFit.textScale(w, h, presenting));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h), info);
        g2.dispose();
        Rectangle2D all = info.getChartArea();
        Rectangle2D plot = info.getPlotInfo().getPlotArea();
        Rectangle2D data = info.getPlotInfo().getDataArea();
        double a = all.getWidth() * all.getHeight();
        return new double[] {plot.getWidth() * plot.getHeight() / a, data.getWidth() * data.getHeight() / a};
    }

    /**
     * Chart places of the window from 1024×700 to 3840×2160. (The smallest, 360×167, the landscape's
     * beside a two-parameter model's note, is checked in the window itself: WindowLookTest.)
     */
    private static final int[][] PLACES = {{360, 200}, {360, 250}, {470, 260}, {560, 300}, {800, 500},
            {1200, 800}, {1770, 1150}};

    private static CostChart costWithThreeGhosts() {
        CostChart cost = new CostChart();
        double[] epochs = new double[100];
        double[] costs = new double[100];
        for (int i = 0; i < 100; i++) {
            epochs[i] = i;
            costs[i] = 5 * Math.exp(-i / 10.0);
        }
        cost.setGhosts(List.of("before: GD lr 0.01", "before: GD lr 0.02", "before: GD lr 0.05"),
                List.of(epochs, epochs, epochs), List.of(costs, costs, costs));
        int[] e = new int[100];
        for (int i = 0; i < 100; i++) {
            e[i] = i;
        }
        cost.append(e, costs, 100);
        cost.setCurrent(100, costs[99]);
        return cost;
    }

    @Test
    void everyPlotKeepsHalfItsChartInEveryPlaceWithFourRunsOrThreeGhosts() {
        List<RunTrace> runs = fourRuns();
        for (int[] place : PLACES) {
            int w = place[0];
            int h = place[1];
            for (boolean presenting : new boolean[] {false, true}) {
                if (presenting && h < 250) {
                    continue; // presentation mode's places, with the settings folded away, are larger
                }
                String at = w + "×" + h + (presenting ? " presenting" : "");
                assertHalf("fit, four runs, " + at, shares(CompareCharts.fitChart(runs), w, h, presenting));
                assertHalf("cost, four runs, " + at, shares(CompareCharts.costChart(runs), w, h, presenting));
                assertHalf("landscape, four runs, " + at, shares(CompareCharts.landscapeChart(runs, w), w, h, presenting));
                assertHalf("cost, three ghosts, " + at, shares(costWithThreeGhosts().chart(), w, h, presenting));
            }
        }
    }

    private static void assertHalf(String what, double[] shares) {
        assertTrue(shares[0] >= 0.5, what + ": the plot has " + shares[0] + " of the chart");
    }

    @Test
    void textIsFullSizeInASlideSizedPlaceAndSmallerInProportionDownToALimit() {
        assertEquals(1f, ChartFit.textScale(1100, 690, false));
        assertEquals(1f, ChartFit.textScale(3000, 2000, false), "never larger than full size");
        assertEquals(0.5f, ChartFit.textScale(550, 800, false), 1e-6, "the narrower side decides");
        assertEquals(ChartFit.SMALLEST, ChartFit.textScale(200, 100, false));
        assertEquals(1f, ChartFit.textScale(0, 0, false), "a place not laid out yet");
        assertTrue(ChartFit.textScale(630, 300, true) > ChartFit.textScale(630, 300, false) * 1.3,
                "presentation mode's text is larger for the same place");
        assertEquals(ChartFit.LARGEST_PRESENTED, ChartFit.textScale(3000, 2000, true));
    }
}
