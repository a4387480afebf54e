package dev.descent.charts;

import dev.descent.core.Format;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LandscapeChartTest {
    /** cost(w) = 14/3 (w − 2)², the first lecture's bowl. */
    private static double cost(double w) {
        return 14.0 / 3 * (w - 2) * (w - 2);
    }

    private static double slope(double w) {
        return 28.0 / 3 * (w - 2);
    }

    private static LandscapeChart bowl() {
        LandscapeChart chart = new LandscapeChart();
        double[] v = LandscapeRange.choose(1, null, 0, 1.4, 2).sample(301);
        double[] c = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            c[i] = cost(v[i]);
        }
        chart.setCurve(v, c);
        double[] trail = {1, 1.09, 1.18, 1.26, 1.33, 1.4};
        double[] tc = new double[trail.length];
        for (int i = 0; i < trail.length; i++) {
            tc[i] = cost(trail[i]);
        }
        chart.setTrail(trail, tc, trail.length);
        chart.setCurrent(1.4, cost(1.4), slope(1.4));
        chart.setOptimum(2);
        return chart;
    }

    @Test
    void namesTheParameter() {
        LandscapeChart chart = bowl();
        chart.setParameterName("a");
        XYPlot plot = chart.chart().getXYPlot();
        assertEquals("Cost as a function of a", chart.chart().getTitle().getText());
        assertEquals("a", plot.getDomainAxis().getLabel());
        assertEquals(ChartStyle.LANDSCAPE_COST_LABEL, plot.getRangeAxis().getLabel());
        assertEquals("cost(a)", plot.getLegendItems().get(0).getLabel());
    }

    @Test
    void drawsTheBowlTheCurrentPointAndATangentWithTheGradientAsSlope() {
        LandscapeChart chart = bowl();
        Rendered r = Rendered.of(chart.chart(), 1200, 800);
        assertTrue(r.distinctColours() > 50);
        assertTrue(r.hasColourNear(r.px(2.9), r.py(cost(2.9)), 2, ChartStyle.CURVE_COLOR, 40), "the right wall");
        assertTrue(r.hasColourNear(r.px(1.4), r.py(cost(1.4)), 3, ChartStyle.CURRENT_COLOR, 40), "the current point");

        XYDataset tangent = chart.chart().getXYPlot().getDataset(3);
        assertEquals(2, tangent.getItemCount(0));
        double x0 = tangent.getXValue(0, 0);
        double x1 = tangent.getXValue(0, 1);
        double s = (tangent.getYValue(0, 1) - tangent.getYValue(0, 0)) / (x1 - x0);
        assertEquals(slope(1.4), s, 1e-9, "the tangent's slope is the gradient");
        assertEquals(1.4, (x0 + x1) / 2, 1e-12, "centred on the current point");
        // Drawn, a little way along it from the point (beyond the current dot's radius).
        double dx = (x1 - x0) * 0.4;
        assertTrue(r.hasColourNear(r.px(1.4 + dx), r.py(cost(1.4) + slope(1.4) * dx), 2, ChartStyle.TANGENT_COLOR, 40),
                "the tangent is drawn");
    }

    @Test
    void tangentHasTheSameOnScreenLengthWhateverTheSlope() {
        LandscapeChart chart = bowl();
        double gentle = screenLength(chart, 1.9);
        double steep = screenLength(chart, 1.0);
        assertEquals(gentle, steep, gentle * 0.02);
    }

    private static double screenLength(LandscapeChart chart, double w) {
        chart.setCurrent(w, cost(w), slope(w));
        Rendered r = Rendered.of(chart.chart(), 1000, 1000);
        XYDataset t = chart.chart().getXYPlot().getDataset(3);
        double dx = (r.px(t.getXValue(0, 1)) - r.px(t.getXValue(0, 0))) / r.dataArea.getWidth();
        double dy = (r.py(t.getYValue(0, 1)) - r.py(t.getYValue(0, 0))) / r.dataArea.getHeight();
        return Math.hypot(dx, dy);
    }

    @Test
    void viewFollowsTheCurveAndTheCostAxisIgnoresPointsOutsideIt() {
        LandscapeChart chart = bowl();
        Span curve = LandscapeRange.choose(1, null, 0, 1.4, 2);
        assertEquals(curve, chart.parameterView());
        chart.setTrail(new double[] {1, 3.8, -1.24, 7.8, -1e200}, new double[] {4.67, 15.1, 49, 156, 1e300}, 5);
        assertTrue(chart.costView().upper() < 100, "the far points do not flatten the bowl: " + chart.costView());
        assertTrue(chart.costView().lower() < 0 && chart.costView().lower() > -5);
    }

    @Test
    void nonFiniteInputDoesNotThrowAndAxesStayFinite() {
        LandscapeChart chart = bowl();
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        assertDoesNotThrow(() -> {
            chart.setTrail(new double[] {nan, 1, inf, 2}, new double[] {1, nan, 3, inf}, 4);
            chart.setCurrent(nan, inf, nan);
            chart.setCurrent(1.5, 1.1, inf);
            chart.setOptimum(inf);
            chart.setCurve(new double[] {nan, inf, 1}, new double[] {1, 2, nan});
        });
        Rendered r = Rendered.of(chart.chart(), 600, 400);
        assertTrue(Double.isFinite(r.plot.getDomainAxis().getLowerBound()));
        assertTrue(Double.isFinite(r.plot.getDomainAxis().getUpperBound()));
        assertTrue(Double.isFinite(r.plot.getRangeAxis().getUpperBound()));
        assertEquals(0, chart.chart().getXYPlot().getDataset(3).getItemCount(0), "no tangent for an infinite slope");
        assertEquals(0, chart.chart().getXYPlot().getDataset(2).getItemCount(0), "no finite trail point");
        LandscapeChart empty = new LandscapeChart();
        assertDoesNotThrow(() -> Rendered.of(empty.chart(), 300, 200));
    }

    @Test
    void optimumMarkerComesAndGoes() {
        LandscapeChart chart = bowl();
        XYPlot plot = chart.chart().getXYPlot();
        assertEquals(1, plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
        assertTrue(((org.jfree.chart.plot.ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next()).getLabel().startsWith("w* = 2.00"));
        var marker = (org.jfree.chart.plot.ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next();
        chart.setOptimum(Double.NaN);
        assertTrue(Double.isNaN(marker.getValue()), "hidden: a NaN value is in no axis range");
        assertFalse(plot.getDomainAxis().getRange().contains(marker.getValue()));
        chart.setOptimum(1.5);
        chart.setOptimum(1.7);
        assertEquals(1, plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size(), "moved, not added twice");
        assertEquals(1.7, marker.getValue());
    }

    @Test
    void everyUpdateIsOneChangeEvent() {
        LandscapeChart chart = bowl();
        ChangeCounter events = ChangeCounter.on(chart.chart());
        double[] v = {1, 2, 3};
        double[] c = {4.67, 0, 4.67};
        assertEquals(1, events.during(() -> chart.setCurve(v, c)));
        assertEquals(1, events.during(() -> chart.setTrail(v, c, 3)));
        assertEquals(1, events.during(() -> chart.setCurrent(1.5, 1.2, -4.7)));
        assertEquals(1, events.during(() -> chart.setOptimum(2)));
        assertEquals(1, events.during(() -> chart.setOptimum(Double.NaN)));
        assertEquals(1, events.during(() -> chart.setParameterName("b")));
        assertEquals(0, events.during(() -> chart.setParameterName("b")), "the same name again: nothing to redraw");
        assertEquals(1, events.during(() -> chart.setSubtitle("b held")));
        assertFalse(events.during(() -> {
            chart.chart().setNotify(false);
            chart.setCurve(v, c);
            chart.setTrail(v, c, 2);
            chart.setCurrent(2, 0, 0);
            chart.chart().setNotify(true);
        }) > 1);
    }

    @Test
    void aRunOrAStepOffTheChartIsSaidInWords() {
        LandscapeChart chart = bowl();
        // Worked from the bowl: at w = 1.4 the slope is 28/3·(−0.6) = −5.6; lr 0.01 steps +0.056, in view.
        chart.setSteps(-0.01 * slope(1.4), Double.NaN);
        assertNull(chart.offChartText(), "a step inside the view needs no note");
        // lr 10 would step +56: far past the view's right edge.
        chart.setSteps(-10 * slope(1.4), Double.NaN);
        assertFalse(chart.parameterView().contains(1.4 + 56));
        assertEquals("\u2192 the next step, \u2212lr\u00b7g = 56.0, lands off the chart", chart.offChartText());
        // A point beyond the view: where it is, in words, and no tangent cut along the edge.
        chart.setCurrent(80, cost(80), slope(80));
        assertFalse(chart.parameterView().contains(80), "the view keeps to the curve: " + chart.parameterView());
        assertEquals("\u2191 the run has left the chart: now at w = " + Format.sig3(80) + ", cost "
                + Format.sig3(cost(80)), chart.offChartText());
                chart.setCurrent(Double.POSITIVE_INFINITY, Double.NaN, Double.NaN);
        assertEquals("\u2191 the run has left the chart: w is no longer a finite number", chart.offChartText());
        assertNull(new LandscapeChart().offChartText(), "an empty chart says nothing");
    }
}
