package dev.descent.app;

import dev.descent.app.view.ChartPicture;
import dev.descent.core.Dataset;
import dev.descent.workspace.Edit;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

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

    private final ChartPicture viewer;
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

    DataEditing(ChartPicture viewer, Supplier<Dataset> data, Editor editor, Consumer<String> refused) {
        this.viewer = viewer;
        this.data = data;
        this.editor = editor;
        this.refused = refused;
        viewer.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewer.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewer.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
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
        ChartPicture.Axes axes = viewer.axes();
        if (axes == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = GRAB_RADIUS * GRAB_RADIUS;
        for (int i = 0; i < d.size(); i++) {
            double x = axes.pixelX(d.x(i));
            double y = axes.pixelY(d.y(i));
            double dist = (x - px) * (x - px) + (y - py) * (y - py);
            if (dist <= bestDistance) {
                bestDistance = dist;
                best = i;
            }
        }
        return best;
    }

    /** The pixel (in the chart's place) where data point (x, y) is drawn, or null before the first picture. */
    double[] toPixel(double x, double y) {
        ChartPicture.Axes axes = viewer.axes();
        if (axes == null) {
            return null;
        }
        return new double[] {axes.pixelX(x), axes.pixelY(y)};
    }

    /** The data coordinates under a pixel, rounded to what the axes resolve, or null outside the plot. */
    double[] toData(double px, double py) {
        ChartPicture.Axes axes = viewer.axes();
        if (axes == null) {
            return null;
        }
        double x = axes.x(px);
        double y = axes.y(py);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        return new double[] {roundToAxis(x, axes.domain().getRange().getLength()),
                roundToAxis(y, axes.range().getRange().getLength())};
    }

    /** A value picked with the mouse, rounded to what the axis resolves: 1.37 rather than 1.3712839. */
    static double roundToAxis(double v, double axisLength) {
        double step = Math.pow(10, Math.floor(Math.log10(axisLength)) - 2);
        return Math.round(v / step) * step;
    }

    private Rectangle2D dataArea() {
        ChartPicture.Axes axes = viewer.axes();
        return axes == null ? null : axes.area();
    }
}
