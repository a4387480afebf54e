package dev.descent.app;

import dev.descent.app.view.MainView;

import java.util.List;

/**
 * Which chart goes in which of the window's three places: the live charts for one run or the overlaid
 * compare charts for several, the cost surface in the landscape's place when asked for, and small
 * text in a place that is small.
 */
final class ChartPlaces {
    /** Below this height or width a chart's text shrinks, so that the plot keeps most of its room. */
    static final double COMPACT_HEIGHT = 380;
    static final double COMPACT_WIDTH = 480;

    private final AppViewModel vm;
    private final MainView view;
    private final LivePlots plots;
    /** Whether each chart (fit, cost, landscape) has small text because its place is small. */
    private final boolean[] compact = new boolean[3];

    ChartPlaces(AppViewModel vm, MainView view, LivePlots plots) {
        this.vm = vm;
        this.view = view;
        this.plots = plots;
    }

    /** Makes each chart's text small while its place is small. */
    void compactWhenSmall() {
        compactWhenSmall(view.fitViewer, on -> {
            compact[0] = on;
            plots.fit().setCompact(on);
        });
        compactWhenSmall(view.costViewer, on -> {
            compact[1] = on;
            plots.cost().setCompact(on);
        });
        compactWhenSmall(view.landscapeViewer, on -> {
            compact[2] = on;
            plots.landscape().setCompact(on);
            plots.setSurfaceCompact(on);
        });
    }

    private static void compactWhenSmall(javafx.scene.layout.Region viewer, java.util.function.Consumer<Boolean> setCompact) {
        boolean[] compact = {false};
        javafx.beans.InvalidationListener resize = o -> {
            boolean small = viewer.getHeight() > 0 && (viewer.getHeight() < COMPACT_HEIGHT
                    || viewer.getWidth() < COMPACT_WIDTH);
            if (small != compact[0]) {
                compact[0] = small;
                setCompact.accept(small);
            }
        };
        viewer.heightProperty().addListener(resize);
        viewer.widthProperty().addListener(resize);
    }

    /**
     * Puts the right charts in the three places: the live charts for one run; for several, the overlaid
     * compare charts, rebuilt for this frame. The cost surface, when shown, takes the landscape's place.
     */
    void showCharts(List<RunTrack> tracks, List<String> labels, int viewEpoch) {
        if (tracks.size() > 1) {
            LivePlots.CompareSet set = plots.compare(tracks, labels, viewEpoch, (int) view.landscapeViewer.getWidth(),
                    vm.logScaleProperty().get());
            dev.descent.charts.ChartStyle.setCompact(set.fit(), compact[0]);
            dev.descent.charts.ChartStyle.setCompact(set.cost(), compact[1]);
            dev.descent.charts.ChartStyle.setCompact(set.landscape(), compact[2]);
            view.fitViewer.setChart(set.fit());
            view.costViewer.setChart(set.cost());
            if (!surfaceShown()) {
                view.landscapeViewer.setChart(set.landscape());
            }
        } else {
            setChart(view.fitViewer, plots.fit().chart());
            setChart(view.costViewer, plots.cost().chart());
        }
        if (surfaceShown()) {
            setChart(view.landscapeViewer, plots.surface().chart());
        } else if (tracks.size() <= 1) {
            setChart(view.landscapeViewer, plots.landscape().chart());
        }
    }

    private static void setChart(org.jfree.chart.fx.ChartViewer viewer, org.jfree.chart.JFreeChart chart) {
        if (viewer.getChart() != chart) {
            viewer.setChart(chart);
        }
    }

    /** True when the landscape's place shows the cost surface: asked for, and the model has two parameters or more. */
    boolean surfaceShown() {
        return view.surface.isSelected() && vm.modelProperty().get() != null
                && vm.modelProperty().get().parameterCount() >= 2;
    }

    void showLandscapeOrSurface() {
        var wanted = surfaceShown() ? plots.surface().chart() : plots.landscape().chart();
        if (view.landscapeViewer.getChart() != wanted) {
            view.landscapeViewer.setChart(wanted);
        }
        view.surface.setDisable(vm.modelProperty().get() == null || vm.modelProperty().get().parameterCount() < 2);
    }
}
