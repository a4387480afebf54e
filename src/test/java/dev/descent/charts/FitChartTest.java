package dev.descent.charts;

import dev.descent.core.Dataset;
import dev.descent.core.Model;

import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FitChartTest {
    private static final Dataset LECTURE = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});

    private static FitChart lineChart(double w) {
        FitChart fit = new FitChart(Model.LINE);
        fit.setData(LECTURE);
        fit.setParams(new double[] {w});
        return fit;
    }

    private static void assertFiniteAxes(FitChart fit) {
        Rendered r = Rendered.of(fit.chart(), 600, 400);
        for (double v : new double[] {r.plot.getDomainAxis().getLowerBound(), r.plot.getDomainAxis().getUpperBound(),
                r.plot.getRangeAxis().getLowerBound(), r.plot.getRangeAxis().getUpperBound()}) {
            assertTrue(Double.isFinite(v), "axis bound " + v);
        }
        assertTrue(r.plot.getRangeAxis().getRange().getLength() > 0);
    }

    @Test
    void rendersAtTheAskedSizeAndIsNotBlank() {
        Rendered r = Rendered.of(lineChart(1.98).chart(), 1200, 800);
        assertEquals(1200, r.image.getWidth());
        assertEquals(800, r.image.getHeight());
        assertTrue(r.distinctColours() > 50, "antialiased text, lines and dots: " + r.distinctColours());
        assertTrue(r.countColour(ChartStyle.DATA_COLOR, 30) > 100, "the data dots are drawn");
    }

    @Test
    void titleIsTheFittedEquation() {
        FitChart fit = lineChart(1.98);
        assertEquals("y = 1.98·x", fit.chart().getTitle().getText());
        fit.setModel(Model.AFFINE);
        assertEquals(Model.AFFINE.formula(), fit.chart().getTitle().getText(), "no parameters yet");
        fit.setParams(new double[] {3.0104, 2.5099});
        assertEquals("y = 3.01·x + 2.51", fit.chart().getTitle().getText());
    }

    @Test
    void modelCurveIsWhereTheModelSays() {
        FitChart fit = lineChart(1.5);
        Rendered r = Rendered.of(fit.chart(), 1000, 700);
        // x = 2.5 lies between data points, so only the model's line can be there.
        double x = r.px(2.5);
        double onLine = r.py(1.5 * 2.5);
        double offLine = r.py(2.0 * 2.5);
        assertTrue(r.hasColourNear(x, onLine, 2, ChartStyle.MODEL_COLOR, 40), "the line passes through (2.5, 3.75)");
        assertFalse(r.hasColourNear(x, offLine, 2, ChartStyle.MODEL_COLOR, 40), "and not through (2.5, 5)");
    }

    @Test
    void quadraticCurveIsSmoothAndFollowsTheParabola() {
        FitChart fit = new FitChart(Model.QUADRATIC);
        fit.setData(Dataset.of(new double[] {0, 7, 14}, new double[] {10, 20, 110}));
        double[] theta = {0.9, -5.4, 9};
        fit.setParams(theta);
        Rendered r = Rendered.of(fit.chart(), 1000, 700);
        for (double x : new double[] {1.3, 3.7, 5.2, 9.9, 12.4}) {
            double y = Model.QUADRATIC.predict(theta, x);
            assertTrue(r.hasColourNear(r.px(x), r.py(y), 2, ChartStyle.MODEL_COLOR, 40), "curve at x=" + x);
        }
        assertTrue(FitChart.CURVE_SAMPLES >= 100);
    }

    @Test
    void visibleXRangeFollowsTheDataWithAMargin() {
        FitChart fit = lineChart(2);
        assertTrue(fit.xView().lower() < 1 && fit.xView().lower() > 0.5, fit.xView().toString());
        assertTrue(fit.xView().upper() > 3 && fit.xView().upper() < 3.5, fit.xView().toString());
        fit.setData(Dataset.of(new double[] {-10, 10}, new double[] {0, 1}));
        assertTrue(fit.xView().contains(-10) && fit.xView().contains(10));
        assertEquals(fit.xView().lower(), fit.chart().getXYPlot().getDomainAxis().getLowerBound(), 1e-12);
    }

    @Test
    void batchRowsAreRingedAndListedInTheLegendOnlyWhenThereAreSome() {
        FitChart fit = lineChart(2);
        assertFalse(legendLabels(fit).contains(ChartStyle.BATCH_LEGEND));
        fit.setBatch(new int[] {0, 99, -1});
        assertTrue(legendLabels(fit).contains(ChartStyle.BATCH_LEGEND));
        Rendered r = Rendered.of(fit.chart(), 1000, 700);
        double ringRadius = ChartStyle.BATCH_RING.getBounds2D().getWidth() / 2;
        assertTrue(r.hasColourNear(r.px(1) + ringRadius, r.py(2), 2, ChartStyle.BATCH_COLOR, 40), "ring around (1, 2)");
        assertFalse(r.hasColourNear(r.px(3) + ringRadius, r.py(6), 2, ChartStyle.BATCH_COLOR, 40), "no ring at (3, 6)");
        fit.setBatch(null);
        Rendered cleared = Rendered.of(fit.chart(), 1000, 700);
        assertEquals(0, cleared.countColour(ChartStyle.BATCH_COLOR, 20));
        fit.setBatch(new int[0]);
        assertFalse(legendLabels(fit).contains(ChartStyle.BATCH_LEGEND));
    }

    private static String legendLabels(FitChart fit) {
        LegendItemCollection items = fit.chart().getXYPlot().getLegendItems();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.getItemCount(); i++) {
            sb.append(items.get(i).getLabel()).append('|');
        }
        return sb.toString();
    }

    @Test
    void nonFiniteParametersDoNotThrowAndKeepAxesFinite() {
        FitChart fit = lineChart(2);
        for (double w : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308, -1e308}) {
            assertDoesNotThrow(() -> fit.setParams(new double[] {w}), "w = " + w);
            assertFiniteAxes(fit);
        }
        fit.setParams(new double[] {Double.NaN});
        assertTrue(fit.chart().getTitle().getText().contains("diverged"), fit.chart().getTitle().getText());
        assertEquals(0, fit.chart().getXYPlot().getDataset(0).getItemCount(0), "no curve for NaN parameters");
    }

    @Test
    void aModelFarFromTheDataIsCutOffAndNoted() {
        FitChart fit = lineChart(-1155);
        assertTrue(fit.isModelOffChart());
        assertTrue(fit.yView().contains(2) && fit.yView().contains(6));
        assertTrue(fit.yView().lower() > -10, "the data stays readable: " + fit.yView());
        fit.setParams(new double[] {1.9});
        assertFalse(fit.isModelOffChart());
    }

    @Test
    void wrongLengthParametersAndNoDataDoNotThrow() {
        FitChart fit = new FitChart(Model.QUADRATIC);
        assertDoesNotThrow(() -> fit.setParams(new double[] {1}));
        assertDoesNotThrow(() -> fit.setBatch(new int[] {0}));
        assertDoesNotThrow(() -> fit.setData(null));
        assertDoesNotThrow(() -> Rendered.of(fit.chart(), 300, 200));
        assertFiniteAxes(fit);
    }

    @Test
    void everyUpdateIsOneChangeEvent() {
        FitChart fit = lineChart(1);
        ChangeCounter events = ChangeCounter.on(fit.chart());
        assertEquals(0, events.during(() -> fit.setData(LECTURE)), "the same points again: nothing to redraw");
        assertEquals(1, events.during(() -> fit.setData(Dataset.of(new double[] {1, 2}, new double[] {2, 4}))));
        assertEquals(1, events.during(() -> fit.setData(LECTURE)));
        assertEquals(1, events.during(() -> fit.setParams(new double[] {1.5})));
        assertEquals(1, events.during(() -> fit.setBatch(new int[] {1, 2})));
        assertEquals(1, events.during(() -> fit.setBatch(null)));
        assertEquals(0, events.during(() -> fit.setBatch(null)), "still no batch: nothing to redraw");
        assertEquals(1, events.during(() -> fit.setModel(Model.LINE)));
        assertEquals(1, events.during(() -> fit.setSubtitle("after 3 epochs")));
        assertEquals(1, events.during(() -> fit.setParams(new double[] {Double.NaN})));
    }

    @Test
    void callersCanBatchSeveralUpdatesIntoOneEvent() {
        FitChart fit = lineChart(1);
        ChangeCounter events = ChangeCounter.on(fit.chart());
        int n = events.during(() -> {
            fit.chart().setNotify(false);
            fit.setParams(new double[] {1.2});
            fit.setBatch(new int[] {0});
            fit.setData(LECTURE);
            fit.chart().setNotify(true);
        });
        assertEquals(1, n);
        assertTrue(fit.chart().isNotify());
    }

    @Test
    void paletteColoursDifferByAtLeastAHundredRgbSteps() {
        Color[] colours = {ChartStyle.DATA_COLOR, ChartStyle.MODEL_COLOR, ChartStyle.BATCH_COLOR};
        for (int i = 0; i < colours.length; i++) {
            for (int j = i + 1; j < colours.length; j++) {
                assertTrue(Rendered.distance(colours[i], colours[j]) >= 100, i + " vs " + j);
            }
        }
    }
}
