package dev.descent.app;

import dev.descent.app.view.MainView;
import dev.descent.charts.ChartFit;
import dev.descent.charts.ChartStyle;

import java.util.List;

/**
 * Which chart goes in which of the window's three places: the live charts for one run or the overlaid
 * compare charts for several, the cost surface in the landscape's place when asked for, and text
 * sized to each place (smaller in a small one, larger in presentation mode), so that the plot keeps
 * most of the room.
 */
final class ChartPlaces {
    private final AppViewModel vm;
    private final MainView view;
    private final LivePlots plots;
    /** The text scale of each place (fit, cost, landscape), from its size ({@link ChartFit#textScale}). */
    private final float[] scale = {1f, 1f, 1f};
    private boolean presenting;
    /** Asks for the next frame to draw: compared runs' charts are built anew in a place's new size. */
    private final Runnable redraw;

    ChartPlaces(AppViewModel vm, MainView view, LivePlots plots, Runnable redraw) {
        this.vm = vm;
        this.view = view;
        this.plots = plots;
        this.redraw = redraw;
    }

    /**
     * Sizes each chart's text to its place, now and whenever the place changes size, and sets the cost
     * surface's menu item for the model shown now (the controller calls {@link #showLandscapeOrSurface}
     * when it changes).
     */
    void bind() {
        showLandscapeOrSurface();
        for (javafx.scene.layout.Region viewer : viewers()) {
            javafx.beans.InvalidationListener resize = o -> rescale();
            viewer.heightProperty().addListener(resize);
            viewer.widthProperty().addListener(resize);
        }
        rescale();
    }

    /** Larger text for the back of a lecture hall ({@link ChartFit#PRESENTATION_BOOST}), or the usual. */
    void setPresenting(boolean on) {
        presenting = on;
        float lines = lineScale();
        plots.fitChart().change(c -> ChartStyle.setLineScale(c.chart(), lines));
        plots.costChart().change(c -> ChartStyle.setLineScale(c.chart(), lines));
        plots.landscapeChart().change(c -> ChartStyle.setLineScale(c.chart(), lines));
        rescale();
        redraw.run();
    }

    private float lineScale() {
        return presenting ? ChartStyle.PRESENTATION_LINES : 1f;
    }

    private javafx.scene.layout.Region[] viewers() {
        return new javafx.scene.layout.Region[] {view.fitViewer, view.costViewer, view.landscapeViewer};
    }

    private void rescale() {
        javafx.scene.layout.Region[] viewers = viewers();
        for (int i = 0; i < 3; i++) {
            float k = ChartFit.textScale(viewers[i].getWidth(), viewers[i].getHeight(), presenting);
            if (k == scale[i]) {
                continue;
            }
            scale[i] = k;
            switch (i) {
                case 0 -> plots.fitChart().change(c -> c.setTextScale(k));
                case 1 -> plots.costChart().change(c -> c.setTextScale(k));
                default -> {
                    plots.landscapeChart().change(c -> c.setTextScale(k));
                    plots.setSurfaceTextScale(k);
                }
            }
            // Compared runs' charts are built at the new size by the next frame.
            redraw.run();
        }
    }

    /** The text scale of the fit (0), cost (1) and landscape (2) places now. */
    float textScale(int place) {
        return scale[place];
    }

    /**
     * Puts the right charts in the three places: the live charts for one run; for several, the overlaid
     * compare charts, rebuilt for this frame. The cost surface, when shown, takes the landscape's place.
     */
    void showCharts(List<RunTrack> tracks, List<String> labels, int viewEpoch) {
        if (tracks.size() > 1) {
            LivePlots.CompareSet set = plots.compare(tracks, labels, viewEpoch, (int) view.landscapeViewer.getWidth(),
                    vm.logScaleProperty().get(), scale, presenting ? lineScale() : 1f);
            view.fitViewer.build(set.fit());
            view.costViewer.build(set.cost());
            if (!surfaceShown()) {
                view.landscapeViewer.build(set.landscape());
            }
        } else {
            view.fitViewer.show(plots.fitChart());
            view.costViewer.show(plots.costChart());
        }
        if (surfaceShown()) {
            view.landscapeViewer.show(plots.surfaceChart());
        } else if (tracks.size() <= 1) {
            view.landscapeViewer.show(plots.landscapeChart());
        }
    }

    /** True when the landscape's place shows the cost surface: asked for, and the model has two parameters or more. */
    boolean surfaceShown() {
        return view.surface.isSelected() && vm.modelProperty().get() != null
                && vm.modelProperty().get().parameterCount() >= 2;
    }

    void showLandscapeOrSurface() {
        if (surfaceShown()) {
            view.landscapeViewer.show(plots.surfaceChart());
        } else if (view.landscapeViewer.source() != null) {
            // Compared runs' landscape comes back with the next frame's charts.
            view.landscapeViewer.show(plots.landscapeChart());
        }
        view.setAxisChoiceShown(!surfaceShown());
        redraw.run();
        boolean one = vm.modelProperty().get() == null || vm.modelProperty().get().parameterCount() < 2;
        view.surface.setDisable(one);
        // A menu item has no tooltip of its own, and a disabled one takes no mouse: its text says why.
        view.surface.setText(one ? MainView.SURFACE_TEXT + " (needs a model with two parameters; this one has one)"
                : MainView.SURFACE_TEXT);
    }
}
