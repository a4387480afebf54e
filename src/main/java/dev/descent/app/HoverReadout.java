package dev.descent.app;

import dev.descent.core.Format;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Supplier;

/**
 * The values under the mouse on each chart, in one line under the charts: on the fit chart, x and y
 * and the model's prediction there; on the cost chart, the epoch and its cost; on the landscape, the
 * parameter and the cost there (the others held); on the surface, both parameters and the cost.
 */
final class HoverReadout {
    private final Label readout;
    private final Supplier<RunTrack> track;
    private final Supplier<Integer> landscapeParameter;
    private final Supplier<int[]> surfaceAxes;
    private final java.util.function.BooleanSupplier surfaceShown;

    HoverReadout(Label readout, Supplier<RunTrack> track, Supplier<Integer> landscapeParameter,
                 Supplier<int[]> surfaceAxes, java.util.function.BooleanSupplier surfaceShown) {
        this.surfaceShown = surfaceShown;
        this.readout = readout;
        this.track = track;
        this.landscapeParameter = landscapeParameter;
        this.surfaceAxes = surfaceAxes;
    }

    void watch(ChartViewer fit, ChartViewer cost, ChartViewer landscape) {
        // Dragging (a data point, say) and letting go move the mouse too: the readout follows them.
        for (var type : List.of(MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_DRAGGED, MouseEvent.MOUSE_RELEASED)) {
            fit.getCanvas().addEventHandler(type, e -> show(fit, e, this::fitText));
            cost.getCanvas().addEventHandler(type, e -> show(cost, e, HoverReadout::costText));
            landscape.getCanvas().addEventHandler(type, e -> show(landscape, e, this::landscapeText));
        }
        for (ChartViewer v : List.of(fit, cost, landscape)) {
            v.getCanvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.setText(""));
        }
    }

    @FunctionalInterface
    private interface Text {
        String at(double x, double y, RunTrack t, ChartViewer viewer);
    }

    private void show(ChartViewer viewer, MouseEvent e, Text text) {
        RunTrack t = track.get();
        var info = viewer.getCanvas().getRenderingInfo();
        if (t == null || info == null || info.getPlotInfo() == null) {
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (!area.contains(e.getX(), e.getY())) {
            readout.setText("");
            return;
        }
        XYPlot plot = viewer.getChart().getXYPlot();
        double x = plot.getDomainAxis().java2DToValue(e.getX(), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(e.getY(), area, plot.getRangeAxisEdge());
        readout.setText(Double.isFinite(x) && Double.isFinite(y) ? text.at(x, y, t, viewer) : "");
    }

    private String fitText(double x, double y, RunTrack t, ChartViewer viewer) {
        RunConfig c = t.config();
        double predicted = c.model().predict(t.currentParams(), x);
        return "x = " + Format.sig3(x) + ", y = " + Format.sig3(y) + " · model ŷ = "
                + Format.sig3(predicted);
    }

    static String costText(double x, double y, RunTrack t, ChartViewer viewer) {
        int epoch = (int) Math.round(x);
        if (epoch == t.completedEpochs() && epoch > 0) {
            // The curve's last point: the cost now, which the next epoch starts from.
            return "epoch " + epoch + ": cost = " + Format.sig3(Mse.cost(t.config().model(), t.config().data(),
                    t.currentParams())) + " (now)";
        }
        if (epoch < 0 || epoch >= t.completedEpochs()) {
            return "epoch " + Math.max(epoch, 0) + ": not run yet";
        }
        EpochSnapshot s = t.epoch(epoch);
        if (s == null) {
            List<EpochSnapshot> before = t.historyBefore(epoch + 1);
            if (before.isEmpty()) {
                return "";
            }
            s = before.get(before.size() - 1);
        }
        return "epoch " + s.epoch() + ": cost = " + Format.sig3(s.costBefore());
    }

    private String landscapeText(double x, double y, RunTrack t, ChartViewer viewer) {
        RunConfig c = t.config();
        Model m = c.model();
        double[] theta = t.currentParams().clone();
        List<String> names = m.parameterNames();
        if (surfaceShown.getAsBoolean()) {
            int[] axes = surfaceAxes.get();
            theta[axes[0]] = x;
            theta[axes[1]] = y;
            return "(" + names.get(axes[0]) + ", " + names.get(axes[1]) + ") = (" + Format.sig3(x) + ", "
                    + Format.sig3(y) + "): cost = " + Format.sig3(Mse.cost(m, c.data(), theta));
        }
        int j = landscapeParameter.get();
        theta[j] = x;
        return names.get(j) + " = " + Format.sig3(x) + ": cost = " + Format.sig3(Mse.cost(m, c.data(), theta));
    }
}
