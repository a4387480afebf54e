package dev.descent.app.view;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chart painter and its places on the headless platform: a change reaches the picture on screen,
 * changes reach the twin in the order made, the mouse reads the axes of the picture, and a chart that
 * fails to draw is reported once while the place goes on.
 */
class ChartPainterTest extends ApplicationTest {
    private final List<Throwable> failures = new ArrayList<>();
    private ChartPainter painter;
    private ChartPicture place;
    private Mirrored<JFreeChart> chart;

    @Override
    public void start(Stage stage) {
        painter = new ChartPainter((name, body) -> {
            Thread t = new Thread(body, name);
            t.setDaemon(true);
            return t;
        }, (thread, error) -> {
            synchronized (failures) {
                failures.add(error);
            }
        }, () -> { }, () -> { }, () -> false);
        ChartPainter.Lane lane = painter.lane();
        chart = Mirrored.drawnBy(lane, ChartPainterTest::lineChart, c -> c);
        place = new ChartPicture(lane);
        place.show(chart);
        stage.setScene(new Scene(new StackPane(place), 400, 300));
        stage.show();
    }

    @AfterEach
    void stopPainting() {
        interact(() -> painter.stop());
    }

    private static JFreeChart lineChart() {
        XYSeriesCollection data = new XYSeriesCollection(new XYSeries("cost"));
        JFreeChart c = ChartFactory.createXYLineChart("before", "epoch", "cost", data);
        XYPlot plot = c.getXYPlot();
        plot.getDomainAxis().setRange(0, 100);
        plot.getRangeAxis().setRange(0, 10);
        return c;
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        if (!dev.descent.testing.FxPolling.reached(condition)) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    @Test
    void aChangeReachesThePictureAndTheMouseReadsItsAxes() {
        interact(() -> chart.change(c -> {
            c.getXYPlot().setBackgroundPaint(Color.RED);
            c.getXYPlot().setBackgroundAlpha(1f);
            c.getXYPlot().setDomainGridlinesVisible(false);
            c.getXYPlot().setRangeGridlinesVisible(false);
        }));
        waitUntil("the picture shows the change", () -> place.isCurrent() && place.getRenderingInfo() != null);
        BufferedImage[] image = new BufferedImage[1];
        ChartPicture.Axes[] axes = new ChartPicture.Axes[1];
        interact(() -> {
            image[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(place.snapshot(null, null), null);
            axes[0] = place.axes();
        });
        assertNotNull(axes[0]);
        var area = axes[0].area();
        Color middle = new Color(image[0].getRGB((int) area.getCenterX(), (int) area.getCenterY()));
        assertEquals(Color.RED, middle, "the plot's new background is on screen");
        // The axes run 0–100 across and 0–10 up: the plot's corners are at their ends.
        assertEquals(0, axes[0].x(area.getMinX()), 1e-9);
        assertEquals(100, axes[0].x(area.getMaxX()), 1e-9);
        assertEquals(10, axes[0].y(area.getMinY()), 1e-9);
        assertEquals(area.getCenterX(), axes[0].pixelX(50), 1e-9);
        assertEquals(area.getMaxY(), axes[0].pixelY(0), 1e-9);
    }

    @Test
    void changesReachTheTwinInOrderAndTwinOnlyChangesLeaveTheChartHere() {
        interact(() -> {
            chart.change(c -> c.setTitle("first"));
            chart.change(c -> c.setTitle("second"));
            chart.changeTwin(c -> c.getXYPlot().getRangeAxis().setRange(0, 1000));
        });
        waitUntil("the picture is current", place::isCurrent);
        String[] titles = new String[2];
        double[] ranges = new double[2];
        interact(() -> {
            titles[0] = place.getChart().getTitle().getText();
            titles[1] = place.readDrawn(c -> c.getTitle().getText());
            ranges[0] = place.getChart().getXYPlot().getRangeAxis().getUpperBound();
            ranges[1] = place.readDrawn(c -> c.getXYPlot().getRangeAxis().getUpperBound());
        });
        assertEquals("second", titles[0]);
        assertEquals("second", titles[1], "the twin took both changes, the later last");
        assertEquals(10, ranges[0], "a change for the picture only leaves the chart here");
        assertEquals(1000, ranges[1]);
        interact(() -> assertEquals(1000, place.axes().y(place.axes().area().getMinY()), 1e-9,
                "the mouse reads the picture's axes"));
    }

    @Test
    void lanesShareThePaintingThreadsThereAreAndEachPlaceIsDrawn() {
        List<String> made = new ArrayList<>();
        ChartPainter[] shared = new ChartPainter[1];
        ChartPicture[] places = new ChartPicture[3];
        interact(() -> {
            shared[0] = new ChartPainter((name, body) -> {
                made.add(name);
                Thread t = new Thread(body, name);
                t.setDaemon(true);
                return t;
            }, (thread, error) -> failures.add(error), () -> { }, () -> { }, 2, () -> false);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox();
            for (int i = 0; i < places.length; i++) {
                ChartPainter.Lane lane = shared[0].lane();
                Mirrored<JFreeChart> c = Mirrored.drawnBy(lane, ChartPainterTest::lineChart, x -> x);
                String title = "place " + i;
                c.change(x -> x.setTitle(title));
                places[i] = new ChartPicture(lane);
                places[i].show(c);
                places[i].setPrefSize(120, 100);
                row.getChildren().add(places[i]);
            }
            place.getScene().setRoot(row);
        });
        try {
            waitUntil("every place drawn", () -> java.util.Arrays.stream(places)
                    .allMatch(p -> p.isCurrent() && p.getRenderingInfo() != null));
            assertEquals(List.of("descent-charts-1", "descent-charts-2", "descent-charts-3"), made,
                    "two threads that always work for three lanes, and a helper");
            for (int i = 0; i < places.length; i++) {
                int k = i;
                interact(() -> assertEquals("place " + k, places[k].drawnChart().getTitle().getText()));
            }
        } finally {
            interact(() -> shared[0].stop());
        }
    }

    @Test
    void aHelperDrawsBesideTheOtherThreadOnlyWhileThereIsRoom() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean room = new java.util.concurrent.atomic.AtomicBoolean();
        ChartPainter[] shared = new ChartPainter[1];
        ChartPicture[] places = new ChartPicture[3];
        List<Mirrored<JFreeChart>> charts = new ArrayList<>();
        interact(() -> {
            shared[0] = new ChartPainter((name, body) -> {
                Thread t = new Thread(body, name);
                t.setDaemon(true);
                return t;
            }, (thread, error) -> failures.add(error), () -> { }, () -> { }, 1, room::get);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox();
            for (int i = 0; i < places.length; i++) {
                ChartPainter.Lane lane = shared[0].lane();
                Mirrored<JFreeChart> c = Mirrored.drawnBy(lane, ChartPainterTest::lineChart, x -> x);
                charts.add(c);
                places[i] = new ChartPicture(lane);
                places[i].show(c);
                places[i].setPrefSize(120, 100);
                row.getChildren().add(places[i]);
            }
            place.getScene().setRoot(row);
        });
        java.util.Set<String> drewOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            // No room: the one thread that always works does it all.
            interact(() -> {
                for (int i = 0; i < places.length; i++) {
                    String title = "alone " + i;
                    charts.get(i).change(x -> x.setTitle(title));
                    charts.get(i).changeTwin(x -> drewOn.add(Thread.currentThread().getName()));
                }
            });
            waitUntil("every place drawn alone", () -> java.util.Arrays.stream(places)
                    .allMatch(p -> p.isCurrent() && p.getRenderingInfo() != null));
            assertEquals(java.util.Set.of("descent-charts-1"), drewOn);
            // Room: the first lane's change waits for the second's, which only a second thread can make.
            room.set(true);
            drewOn.clear();
            java.util.concurrent.CountDownLatch secondDone = new java.util.concurrent.CountDownLatch(1);
            boolean[] sideBySide = new boolean[1];
            interact(() -> {
                charts.get(0).changeTwin(x -> {
                    drewOn.add(Thread.currentThread().getName());
                    try {
                        sideBySide[0] = secondDone.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                charts.get(1).changeTwin(x -> {
                    drewOn.add(Thread.currentThread().getName());
                    secondDone.countDown();
                });
                charts.get(2).change(x -> x.setTitle("together"));
            });
            waitUntil("every place drawn together", () -> java.util.Arrays.stream(places)
                    .allMatch(p -> p.isCurrent() && p.getRenderingInfo() != null));
            assertTrue(sideBySide[0], "two lanes were worked on at once");
            assertEquals(java.util.Set.of("descent-charts-1", "descent-charts-2"), drewOn);
            interact(() -> assertEquals("together", places[2].drawnChart().getTitle().getText()));
        } finally {
            interact(() -> shared[0].stop());
        }
    }

    @Test
    void aChartThatFailsToDrawIsReportedOnceAndThePlaceGoesOn() {
        waitUntil("the first picture", () -> place.isCurrent() && place.getRenderingInfo() != null);
        int[] heard = {0};
        interact(() -> place.addOnPicture(() -> heard[0]++));
        interact(() -> chart.changeTwin(c -> {
            XYSeriesCollection data = (XYSeriesCollection) c.getXYPlot().getDataset();
            data.getSeries(0).add(10, 5);
            data.getSeries(0).add(20, 6);
            c.getXYPlot().setRenderer(new XYLineAndShapeRenderer() {
                @Override
                public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state,
                                     java.awt.geom.Rectangle2D dataArea,
                                     org.jfree.chart.plot.PlotRenderingInfo info, XYPlot plot,
                                     org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
                                     org.jfree.data.xy.XYDataset dataset, int series, int item,
                                     org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
                    throw new IllegalStateException("this renderer cannot draw");
                }
            });
        }));
        waitUntil("the failed picture counts as answered", place::isCurrent);
        interact(() -> assertTrue(heard[0] >= 1, "whoever waits for the place's pictures hears of the answer"));
        interact(() -> chart.change(c -> c.setTitle("again")));
        waitUntil("the next request is answered too", place::isCurrent);
        synchronized (failures) {
            assertEquals(1, failures.size(), "one report for a failure that repeats: " + failures);
            assertTrue(failures.get(0).getMessage().contains("cannot draw"), failures.get(0).toString());
        }
        interact(() -> assertSame(chart.chart(), place.getChart(), "the place still shows its chart"));
    }
}
