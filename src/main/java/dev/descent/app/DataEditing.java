package dev.descent.app;

import dev.descent.core.Dataset;
import dev.descent.workspace.Edit;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Editing the data on the fit chart with the mouse: click empty space to add a point, drag a point to
 * move it, right-click a point to delete it. Each change is an {@link Edit} handed to the controller
 * (which restarts the runs); a drag sends one per mouse move, like a slider, and they make one undo
 * step. Right-clicking away from any point leaves the chart's own menu alone.
 */
final class DataEditing {
    /** How close, in pixels, the mouse must be to a point to grab it. */
    static final double GRAB_RADIUS = 10;

    private final ChartViewer viewer;
    private final Supplier<Dataset> data;
    private final Editor editor;
    private final Consumer<String> refused;
    private int dragging = -1;
    private boolean moved;
    private boolean swallowMenu;

    /** Makes an edit; gives the reason it was refused, or null. */
    @FunctionalInterface
    interface Editor {
        String edit(Edit edit, boolean continuing);
    }

    DataEditing(ChartViewer viewer, Supplier<Dataset> data, Editor editor, Consumer<String> refused) {
        this.viewer = viewer;
        this.data = data;
        this.editor = editor;
        this.refused = refused;
        var canvas = viewer.getCanvas();
        plainMouse(viewer);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        viewer.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (swallowMenu) {
                swallowMenu = false;
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        Dataset d = data.get();
        if (d == null || dataArea() == null) {
            return;
        }
        int hit = nearest(d, e.getX(), e.getY());
        if (e.getButton() == MouseButton.SECONDARY && hit >= 0) {
            swallowMenu = true;
            String refusal = editor.edit(new Edit.DeletePoint(hit), false);
            if (refusal != null) {
                refused.accept("Not removed: " + refusal);
                return;
            }
            e.consume();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            dragging = hit;
            moved = false;
        }
    }

    private void dragged(MouseEvent e) {
        if (dragging < 0) {
            return;
        }
        double[] xy = toData(e.getX(), e.getY());
        Dataset d = data.get();
        if (xy != null && d != null && dragging < d.size()) {
            change(new Edit.MovePoint(dragging, xy[0], xy[1]), moved);
            moved = true;
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        boolean wasDrag = dragging >= 0;
        dragging = -1;
        if (wasDrag || moved || !e.isStillSincePress()) {
            return;
        }
        Rectangle2D area = dataArea();
        double[] xy = toData(e.getX(), e.getY());
        Dataset d = data.get();
        if (xy != null && d != null && area != null && area.contains(e.getX(), e.getY())) {
            change(new Edit.AddPoint(xy[0], xy[1]), false);
        }
    }

    private void change(Edit edit, boolean continuing) {
        String refusal = editor.edit(edit, continuing);
        if (refusal != null) {
            refused.accept("Not changed: " + refusal);
        }
    }

    /** The row of the point nearest to the pixel, within {@link #GRAB_RADIUS}, or -1. */
    int nearest(Dataset d, double px, double py) {
        Rectangle2D area = dataArea();
        if (area == null) {
            return -1;
        }
        XYPlot plot = viewer.getChart().getXYPlot();
        int best = -1;
        double bestDistance = GRAB_RADIUS * GRAB_RADIUS;
        for (int i = 0; i < d.size(); i++) {
            double x = plot.getDomainAxis().valueToJava2D(d.x(i), area, plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().valueToJava2D(d.y(i), area, plot.getRangeAxisEdge());
            double dist = (x - px) * (x - px) + (y - py) * (y - py);
            if (dist <= bestDistance) {
                bestDistance = dist;
                best = i;
            }
        }
        return best;
    }

    /** The pixel (in the chart canvas) where data point (x, y) is drawn, or null before the first drawing. */
    double[] toPixel(double x, double y) {
        Rectangle2D area = dataArea();
        if (area == null) {
            return null;
        }
        XYPlot plot = viewer.getChart().getXYPlot();
        return new double[] {plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()),
                plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge())};
    }

    /** Leaves a chart's mouse to the app: no zoom rectangle, pan or wheel zoom fighting the live axes. */
    static void plainMouse(ChartViewer viewer) {
        var canvas = viewer.getCanvas();
        for (String id : new String[] {"zoom", "pan", "scroll"}) {
            var handler = canvas.getMouseHandler(id);
            if (handler != null) {
                canvas.removeMouseHandler(handler);
            }
        }
    }

    /** The data coordinates under a pixel, rounded to what the axes resolve, or null outside the plot. */
    double[] toData(double px, double py) {
        Rectangle2D area = dataArea();
        if (area == null) {
            return null;
        }
        XYPlot plot = viewer.getChart().getXYPlot();
        double x = plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(py, area, plot.getRangeAxisEdge());
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        return new double[] {roundToAxis(x, plot.getDomainAxis().getRange().getLength()),
                roundToAxis(y, plot.getRangeAxis().getRange().getLength())};
    }

    /** A value picked with the mouse, rounded to what the axis resolves: 1.37 rather than 1.3712839. */
    static double roundToAxis(double v, double axisLength) {
        double step = Math.pow(10, Math.floor(Math.log10(axisLength)) - 2);
        return Math.round(v / step) * step;
    }

    private Rectangle2D dataArea() {
        var info = viewer.getCanvas().getRenderingInfo();
        return info == null || info.getPlotInfo() == null ? null : info.getPlotInfo().getDataArea();
    }
}
