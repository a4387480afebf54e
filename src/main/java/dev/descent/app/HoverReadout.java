package dev.descent.app;

import dev.descent.app.view.ChartPicture;
import dev.descent.core.Format;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;

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
    /** Where the mouse last was over a chart (null when it is over none), to read again when the chart changes. */
    private ChartPicture lastViewer;
    private double lastX;
    private double lastY;
    private Text lastText;
    private Supplier<double[]> shownParams;

    HoverReadout(Label readout, Supplier<RunTrack> track, Supplier<Integer> landscapeParameter,
                 Supplier<int[]> surfaceAxes, java.util.function.BooleanSupplier surfaceShown) {
        this.surfaceShown = surfaceShown;
        this.readout = readout;
        this.track = track;
        this.landscapeParameter = landscapeParameter;
        this.surfaceAxes = surfaceAxes;
    }

    void watch(ChartPicture fit, ChartPicture cost, ChartPicture landscape) {
        // Dragging (a data point, say) and letting go move the mouse too: the readout follows them.
        for (var type : List.of(MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_DRAGGED, MouseEvent.MOUSE_RELEASED)) {
            fit.addEventHandler(type, e -> show(fit, e, this::fitText));
            cost.addEventHandler(type, e -> show(cost, e, HoverReadout::costText));
            landscape.addEventHandler(type, e -> show(landscape, e, this::landscapeText));
        }
        for (ChartPicture v : List.of(fit, cost, landscape)) {
            v.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
                lastViewer = null;
                readout.setText("");
            });
        }
    }

    /**
     * Reads the values under a mouse that rests on a chart again whenever one of {@code changes} changes
     * (the parameters shown): the line moves under a still mouse, and the readout moves with it.
     */
    void refreshOn(javafx.beans.Observable... changes) {
        for (javafx.beans.Observable o : changes) {
            o.addListener(x -> refresh());
        }
    }

    /** Reads the values under the mouse again, where it last was; nothing when it is over no chart. */
    void refresh() {
        if (lastViewer != null) {
            show(lastViewer, lastX, lastY, lastText);
        }
    }

    @FunctionalInterface
    private interface Text {
        String at(double x, double y, RunTrack t, ChartPicture viewer);
    }

    private void show(ChartPicture viewer, MouseEvent e, Text text) {
        lastViewer = viewer;
        lastX = e.getX();
        lastY = e.getY();
        lastText = text;
        show(viewer, e.getX(), e.getY(), text);
    }

    private void show(ChartPicture viewer, double mouseX, double mouseY, Text text) {
        RunTrack t = track.get();
        ChartPicture.Axes axes = viewer.axes();
        if (t == null || axes == null) {
            return;
        }
        if (!axes.area().contains(mouseX, mouseY)) {
            readout.setText("");
            return;
        }
        double x = axes.x(mouseX);
        double y = axes.y(mouseY);
        readout.setText(Double.isFinite(x) && Double.isFinite(y) ? text.at(x, y, t, viewer) : "");
    }

    private String fitText(double x, double y, RunTrack t, ChartPicture viewer) {
        RunConfig c = t.config();
        double predicted = c.model().predict(shown(t), x);
        return "x = " + Format.sig3(x) + ", y = " + Format.sig3(y) + " · model ŷ = "
                + Format.sig3(predicted);
    }

    /** The parameters the charts show: at the timeline's epoch when looking back, else the run's now. */
    private double[] shown(RunTrack t) {
        double[] p = shownParams == null ? null : shownParams.get();
        return p != null && p.length == t.currentParams().length ? p : t.currentParams();
    }

    /** Takes the parameters from {@code params} (the view-model's, which follow the timeline) instead of the run's newest. */
    void readParamsFrom(Supplier<double[]> params) {
        shownParams = params;
    }

    static String costText(double x, double y, RunTrack t, ChartPicture viewer) {
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

    private String landscapeText(double x, double y, RunTrack t, ChartPicture viewer) {
        RunConfig c = t.config();
        Model m = c.model();
        double[] theta = shown(t).clone();
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
