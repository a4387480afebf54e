package dev.descent.app;

import dev.descent.app.engine.RunFeed;
import dev.descent.app.view.Mirrored;
import dev.descent.charts.ChartStyle;
import dev.descent.charts.CostChart;
import dev.descent.charts.Decimation;
import dev.descent.charts.FitChart;
import dev.descent.charts.LandscapeChart;
import dev.descent.charts.SurfaceChart;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The three live charts and what they need that the run does not carry: the data's quadratic form
 * (for the landscape curve and the least-squares optimum). It puts one {@link RunTrack}'s state into
 * the charts, each changed at most once a frame, and appends new epochs to the cost curve in one batch;
 * the changes reach the pictures through each chart's {@link Mirrored}, and the compared runs' charts
 * are built where they are drawn ({@link #compare}). Called on the FX thread only; it never trains and
 * never draws.
 */
final class LivePlots {
    /** The landscape's path is thinned to this many points for drawing. */
    static final int MAX_TRAIL_POINTS = 2000;

    /**
     * The charts as the window keeps them. Each is changed only through its {@link Mirrored} ({@link #fitChart}
     * and the others), so that the picture drawn off the FX thread follows. The plain fields are the FX
     * thread's copies: they hold the look and the settings, not the run's data, which goes to the pictures.
     */
    private final Mirrored<FitChart> fitChart;
    private final Mirrored<CostChart> costChart;
    private final Mirrored<LandscapeChart> landscapeChart;
    private final Mirrored<SurfaceChart> surfaceChart;
    private final FitChart fit;
    private final CostChart cost;
    private final LandscapeChart landscape;
    private final SurfaceChart surface;
    /** The three live charts at their indices {@link #FIT}, {@link #COST}, {@link #LANDSCAPE}. */
    private final JFreeChart[] byIndex;
    /** What the surface's grid was computed for: data, model, the two parameters and the held values. */
    private Object surfaceKey;
    private float surfaceScale = 1f;
    /** The colours every chart on screen is drawn in, and exports too. */
    private dev.descent.charts.ChartTheme theme = dev.descent.charts.ChartTheme.LIGHT;
    private QuadraticCost quadratic;
    private List<Ghost> ghostsShown = List.of();
    private int ghostParameter = -1;
    /** The data {@link #quadratic} was built from. */
    private Dataset quadraticData;
    private double[] optimum;
    /** What the fit, cost and landscape charts were last drawn with, to skip a chart that would not change. */
    private double[] shownTheta;
    private int[] shownRows;
    private int shownEpoch = Integer.MIN_VALUE;
    /** The cost now the cost chart last ended at: a batch's update moves it within an epoch. */
    private double shownCost = Double.NaN;
    /** What the landscape was last drawn from; an equal key draws the same picture. */
    private LandscapeFrames.Key shownLandscape;
    /** The charts by index: fit, cost, landscape, as in {@link #charts()}. */
    private static final int FIT = 0;
    private static final int COST = 1;
    private static final int LANDSCAPE = 2;
    private static final int CHARTS = 3;
    /** For each chart, the count of chart draws when it was last drawn (0: not yet). */
    private final long[] drawnAtFrame = new long[CHARTS];
    private long framesDrawn;
    /** Room for {@link #oldestFirst}'s answer, reused frame after frame. */
    private final int[] drawOrder = new int[CHARTS];
    /** For each chart, whether it has been drawn since the charts were last emptied for a new run. */
    private final boolean[] drawnSinceClear = new boolean[CHARTS];
    /** The last {@link #draw} left a changed chart undrawn. */
    private boolean pending;

    /** The charts with nothing drawing them (the logic tested without a window). */
    LivePlots(FitChart fit, CostChart cost, LandscapeChart landscape) {
        this(Mirrored.alone(fit, FitChart::chart), Mirrored.alone(cost, CostChart::chart),
                Mirrored.alone(landscape, LandscapeChart::chart), Mirrored.alone(new SurfaceChart(), SurfaceChart::chart));
    }

    LivePlots(Mirrored<FitChart> fit, Mirrored<CostChart> cost, Mirrored<LandscapeChart> landscape,
              Mirrored<SurfaceChart> surface) {
        this.fitChart = fit;
        this.costChart = cost;
        this.landscapeChart = landscape;
        this.surfaceChart = surface;
        this.fit = fit.here();
        this.cost = cost.here();
        this.landscape = landscape.here();
        this.surface = surface.here();
        this.byIndex = new JFreeChart[] {fit.chart(), cost.chart(), landscape.chart()};
        for (Mirrored<?> chart : mirrored()) {
            chart.change(c -> {
                JFreeChart drawn = chartOf(c);
                ChartStyle.withoutItemEntities(drawn);
                // The place's own background shows through, in the theme's colour; exports fill it.
                drawn.setBackgroundPaint(null);
            });
        }
    }

    private static JFreeChart chartOf(Object wrapper) {
        if (wrapper instanceof FitChart f) {
            return f.chart();
        }
        if (wrapper instanceof CostChart c) {
            return c.chart();
        }
        if (wrapper instanceof LandscapeChart l) {
            return l.chart();
        }
        return ((SurfaceChart) wrapper).chart();
    }

    /** The four kept charts: fit, cost, landscape and surface. */
    private List<Mirrored<?>> mirrored() {
        return List.of(fitChart, costChart, landscapeChart, surfaceChart);
    }

    Mirrored<FitChart> fitChart() {
        return fitChart;
    }

    Mirrored<CostChart> costChart() {
        return costChart;
    }

    Mirrored<LandscapeChart> landscapeChart() {
        return landscapeChart;
    }

    Mirrored<SurfaceChart> surfaceChart() {
        return surfaceChart;
    }

    JFreeChart[] charts() {
        return byIndex.clone();
    }

    FitChart fit() {
        return fit;
    }

    CostChart cost() {
        return cost;
    }

    LandscapeChart landscape() {
        return landscape;
    }

    SurfaceChart surface() {
        return surface;
    }

    /** The surface chart's text at {@code k} times full size, as the landscape's in the same place. */
    void setSurfaceTextScale(float k) {
        surfaceScale = k;
        surfaceChart.change(s -> ChartStyle.setTextScale(s.chart(), k));
    }

    /** Draws every live chart in {@code theme}'s colours; compared runs' charts take it as they are built. */
    void setTheme(dev.descent.charts.ChartTheme theme) {
        this.theme = theme;
        fitChart.change(c -> c.setTheme(theme));
        costChart.change(c -> c.setTheme(theme));
        landscapeChart.change(c -> c.setTheme(theme));
        // The heat map keeps its own colour scale; its frame (titles, axes, legend) follows the theme.
        surfaceChart.change(c -> theme.apply(c.chart()));
    }

    dev.descent.charts.ChartTheme theme() {
        return theme;
    }

    /**
     * Draws every run's path over the cost surface of the two parameters next to {@code j}, the
     * selected run's up to {@code viewEpoch} epochs when looking back. A third parameter (the
     * quadratic's) is held at its least-squares value, so the surface stays put while runs move.
     */
    void drawSurface(List<RunTrack> tracks, List<String> labels, int j, int viewEpoch) {
        RunConfig config = tracks.get(0).config();
        Model m = config.model();
        int[] axes = ChartNotes.surfaceAxes(m, j);
        QuadraticCost q = quadraticFor(config);
        double[] held = optimum != null ? optimum.clone() : config.init();
        Object key = java.util.List.of(config.data(), m, axes[0], axes[1], java.util.Arrays.toString(held));
        surface.chart().setNotify(false);
        try {
            if (!key.equals(surfaceKey)) {
                var grid = dev.descent.core.analysis.CostSurface.of(q, config.data(), axes[0], axes[1], held);
                float k = surfaceScale;
                dev.descent.charts.ChartTheme colours = theme;
                surfaceChart.change(s -> {
                    s.setSurface(grid);
                    ChartStyle.setTextScale(s.chart(), k);
                    colours.apply(s.chart());
                });
                surfaceKey = key;
                String note = null;
                if (m.parameterCount() > 2) {
                    // The chart says where the third parameter is held; this says why there.
                    note = "its least-squares value; paths drawn in ("
                            + m.parameterNames().get(axes[0]) + ", " + m.parameterNames().get(axes[1]) + ")";
                }
                String shownNote = note;
                surfaceChart.change(s -> s.setNote(shownNote));
            }
            double[] start = config.init();
            surfaceChart.change(s -> s.setStart(start[axes[0]], start[axes[1]]));
            for (int k = 0; k < tracks.size(); k++) {
                RunTrack t = tracks.get(k);
                int shown = viewEpoch >= 0 ? Math.min(viewEpoch, t.completedEpochs()) : t.completedEpochs();
                List<EpochSnapshot> h = t.historyBefore(shown);
                int[] keep = Decimation.evenly(h.size(), MAX_TRAIL_POINTS);
                double[] xs = new double[keep.length + 1];
                double[] ys = new double[keep.length + 1];
                for (int i = 0; i < keep.length; i++) {
                    xs[i] = h.get(keep[i]).beforeParam(axes[0]);
                    ys[i] = h.get(keep[i]).beforeParam(axes[1]);
                }
                double[] now = viewEpoch >= 0 && viewEpoch < t.completedEpochs() ? t.paramsAfter(viewEpoch)
                        : t.currentParams();
                xs[keep.length] = now[axes[0]];
                ys[keep.length] = now[axes[1]];
                // The runs bar names the runs in these colours; the legend keeps to the star and the start.
                int run = k;
                surfaceChart.changeTwin(s -> {
                    s.setRun(run, null, runColour(run));
                    s.setPath(run, xs, ys, xs.length);
                });
            }
            int runs = tracks.size();
            surfaceChart.changeTwin(s -> {
                for (int k = runs; k < SurfaceChart.MAX_RUNS; k++) {
                    s.setPath(k, new double[0], new double[0], 0);
                }
            });
        } finally {
            surface.chart().setNotify(true);
        }
    }

    /** Run {@code k}'s colour, the same in every chart and in the runs bar. */
    static java.awt.Color runColour(int k) {
        return ChartStyle.runColor(k);
    }

    /**
     * The compared runs' charts, fit, cost and landscape, overlaid for the screen: each built when its
     * place's painting thread calls it (the fit and landscape share one set of frames), from the runs as
     * they are now.
     */
    record CompareSet(Supplier<JFreeChart> fit, Supplier<JFreeChart> cost, Supplier<JFreeChart> landscape) {
    }

    /**
     * The overlaid charts of every run (after {@code viewEpoch} epochs when looking back, else the newest
     * state), to build off the FX thread: a run still going is drawn as far as it has got. Their text is
     * at {@code textScales} (fit, cost, landscape) and their lines at {@code lineScale}.
     */
    CompareSet compare(List<RunTrack> tracks, List<String> labels, int viewEpoch, int landscapeWidthPixels,
                       boolean logScale, float[] textScales, float lineScale) {
        List<dev.descent.charts.RunTrace> traces = traces(tracks, labels);
        int width = Math.max(200, landscapeWidthPixels);
        int k = viewEpoch < 0 ? dev.descent.charts.CompareCharts.Frames.END : viewEpoch;
        // The marker stands where the timeline is: the epoch looked back at, or the furthest run's now.
        int marked = viewEpoch >= 0 ? viewEpoch : tracks.stream().mapToInt(RunTrack::completedEpochs).max().orElse(0);
        dev.descent.charts.ChartTheme colours = theme;
        float[] scales = textScales.clone();
        // Built on the places' own threads: the fit and landscape share the runs' frames, made once.
        var frames = new Object() {
            private dev.descent.charts.CompareCharts.Frames made;

            synchronized dev.descent.charts.CompareCharts.Frames get() {
                if (made == null) {
                    made = new dev.descent.charts.CompareCharts.Frames(traces, width, null);
                }
                return made;
            }
        };
        return new CompareSet(
                () -> onScreen(frames.get().fit(k), colours, scales[0], lineScale),
                () -> {
                    // Every chart names the runs alike; a legend short of room folds them to their numbers.
                    JFreeChart costs = dev.descent.charts.CompareCharts.costChart(traces, logScale);
                    dev.descent.charts.CompareCharts.markEpoch(costs, marked);
                    return onScreen(costs, colours, scales[1], lineScale);
                },
                () -> onScreen(frames.get().landscape(k), colours, scales[2], lineScale));
    }

    /** The runs as far as they have got, for the compare charts and the animation. */
    static List<dev.descent.charts.RunTrace> traces(List<RunTrack> tracks, List<String> labels) {
        List<dev.descent.charts.RunTrace> traces = new ArrayList<>();
        for (int k = 0; k < tracks.size(); k++) {
            RunTrack t = tracks.get(k);
            dev.descent.core.train.RunResult result = t.result();
            if (result == null) {
                double[] now = t.currentParams();
                result = new dev.descent.core.train.RunResult(dev.descent.core.train.StopReason.CANCELLED, "running",
                        t.completedEpochs(), now, Mse.cost(t.config().model(), t.config().data(), now), -1);
            }
            // A copy: the run's history goes on changing while the charts are built on another thread.
            traces.add(new dev.descent.charts.RunTrace(labels.get(k), t.config(), List.copyOf(t.history()), result));
        }
        return traces;
    }

    private static JFreeChart onScreen(JFreeChart chart, dev.descent.charts.ChartTheme theme, float textScale,
                                       float lineScale) {
        chart.setBackgroundPaint(null);
        ChartStyle.withoutItemEntities(chart);
        theme.apply(chart);
        ChartStyle.setTextScaleWithMarkers(chart, textScale);
        if (lineScale != 1f) {
            ChartStyle.setLineScale(chart, lineScale);
        }
        return chart;
    }

    /** The data's quadratic form for {@code config}, rebuilt only when the data or the model changed. */
    QuadraticCost quadraticFor(RunConfig config) {
        if (quadratic == null || quadratic.model() != config.model() || !config.data().equals(quadraticData)) {
            quadratic = QuadraticCost.of(config.model(), config.data());
            quadraticData = config.data();
            optimum = quadratic.optimum().orElse(null);
        }
        return quadratic;
    }

    /** The least-squares parameters, if the data determine them. */
    Optional<double[]> optimum() {
        return Optional.ofNullable(optimum);
    }

    /**
     * Empties the charts for a new run of {@code config}, without drawing them: the next {@link #draw}
     * does, once per chart.
     */
    void clearFor(RunConfig config, int landscapeParameter) {
        quadraticFor(config);
        Model m = config.model();
        for (JFreeChart chart : charts()) {
            chart.setNotify(false);
        }
        java.util.Arrays.fill(drawnSinceClear, false);
        // Emptying a chart may redraw it empty; nothing drawn before counts as shown any more, even when
        // the new run starts where the last one did (an edited point, the same start).
        shownTheta = null;
        shownRows = null;
        shownEpoch = Integer.MIN_VALUE;
        shownCost = Double.NaN;
        shownLandscape = null;
        Dataset data = config.data();
        // The data and the run's state change only the pictures; the charts here keep the look (theme,
        // text, scales) and the legends, so the FX thread does not redo every frame's data changes.
        fitChart.changeTwin(f -> {
            f.setModel(m);
            f.setData(data);
            f.setBatch(null);
        });
        costChart.changeTwin(CostChart::clear);
        String name = m.parameterNames().get(landscapeParameter);
        landscapeChart.change(l -> l.setParameterName(name));
    }

    /** Puts a whole history on the emptied cost curve (when another run is selected). */
    void showCosts(List<EpochSnapshot> history) {
        cost.chart().setNotify(false);
        int n = history.size();
        int[] es = new int[n];
        double[] cs = new double[n];
        for (int i = 0; i < n; i++) {
            es[i] = history.get(i).epoch();
            cs[i] = history.get(i).costBefore();
        }
        costChart.changeTwin(c -> {
            c.clear();
            c.append(es, cs, n);
        });
    }

    /** Adds the epochs of one drain to the cost curve, as one batch; the next {@link #draw} fires the change. */
    void appendCosts(RunFeed.Update update) {
        int n = update.epochs().size();
        if (n == 0) {
            return;
        }
        // New arrays each time: the painter's thread reads them after this frame.
        int[] es = new int[n];
        double[] cs = new double[n];
        for (int i = 0; i < n; i++) {
            es[i] = update.epochs().get(i).epoch();
            cs[i] = update.epochs().get(i).costBefore();
        }
        cost.chart().setNotify(false);
        costChart.changeTwin(c -> c.append(es, cs, n));
    }

    /**
     * Puts the run's state into every chart, one change per chart: the state after
     * {@code viewEpoch} epochs (the timeline looking back), or the newest when it is negative, with
     * the ghosts behind it.
     *
     * @return the cost and gradient at the parameters shown, for the status line
     */
    Reading draw(RunTrack track, int landscapeParameter, int landscapeWidthPixels, int viewEpoch, List<Ghost> ghosts) {
        return draw(track, landscapeParameter, landscapeWidthPixels, viewEpoch, ghosts, Long.MAX_VALUE);
    }

    /**
     * Like {@link #draw(RunTrack, int, int, int, List)}, within a frame's time: once one chart is drawn
     * and {@code System.nanoTime()} has passed {@code deadlineNanos} ({@code Long.MAX_VALUE}: never), the
     * charts left wait for the next call ({@link #pending()}). The chart that has waited longest goes first, so under load the three
     * take turns and none falls behind by more than a frame or two; on time, all three move together.
     */
    Reading draw(RunTrack track, int landscapeParameter, int landscapeWidthPixels, int viewEpoch, List<Ghost> ghosts,
                 long deadlineNanos) {
        RunConfig config = track.config();
        Dataset data = config.data();
        Model m = config.model();
        boolean live = viewEpoch < 0 || viewEpoch >= track.completedEpochs();
        double[] theta = live ? track.currentParams() : track.paramsAfter(viewEpoch);
        double[] g = new double[m.parameterCount()];
        double c = Mse.costAndGradient(m, data, theta, g);
        int j = Math.min(landscapeParameter, m.parameterCount() - 1);
        boolean ghostsChange = !ghosts.equals(ghostsShown) || j != ghostParameter;
        boolean showBatch = live && !config.isFullBatch() && track.latestStep() != null && track.result() == null;
        int[] rows = showBatch ? track.latestStep().rows() : null;
        // Where the run is: after N epochs, at epoch N, as the status line counts. Before the first, the
        // marker stands at epoch 0 and the cost axis already spans the starting cost.
        int currentEpoch = live ? track.completedEpochs() : viewEpoch;

        // Only the charts whose picture changes are drawn. A chart with its notifications off has changes
        // waiting (a restart emptied it, new epochs were appended, or the last frame ran out of time);
        // a settled run leaves the fit and the landscape as they were, frame after frame.
        boolean[] changes = new boolean[CHARTS];
        changes[FIT] = !fit.chart().isNotify() || !Arrays.equals(theta, shownTheta) || !Arrays.equals(rows, shownRows);
        changes[COST] = ghostsChange || !cost.chart().isNotify() || currentEpoch != shownEpoch
                || Double.compare(c, shownCost) != 0;
        List<EpochSnapshot> visited = live ? track.history() : track.historyBefore(viewEpoch);
        double[] steps = LandscapeFrames.nextSteps(config, theta, g, stateBefore(track, live ? track.completedEpochs() : viewEpoch,
                live), j);
        LandscapeFrames.Key landscapeKey = new LandscapeFrames.Key(config, j, landscapeWidthPixels, visited.size(),
                visited.isEmpty() ? null : visited.get(visited.size() - 1), theta[j], c, g[j], steps[0], steps[1]);
        changes[LANDSCAPE] = ghostsChange || !landscape.chart().isNotify() || !landscapeKey.equals(shownLandscape);
        if (ghostsChange) {
            // The ghosts live on two charts; both wait, notifications off, until each is drawn.
            cost.chart().setNotify(false);
            landscape.chart().setNotify(false);
            setGhosts(ghosts, j);
            ghostsShown = List.copyOf(ghosts);
            ghostParameter = j;
        }
        pending = false;
        boolean drewOne = false;
        for (int chart : oldestFirst()) {
            if (!changes[chart]) {
                continue;
            }
            if (drewOne && deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0) {
                pending = true;
                continue;
            }
            drewOne = true;
            drawnAtFrame[chart] = ++framesDrawn;
            drawnSinceClear[chart] = true;
            byIndex[chart].setNotify(false);
            try {
                switch (chart) {
                    case FIT -> {
                        double[] at = theta.clone();
                        int[] batch = rows == null ? null : rows.clone();
                        fitChart.changeTwin(f -> {
                            f.setParams(at);
                            f.setBatch(batch);
                        });
                        shownTheta = at;
                        shownRows = batch;
                    }
                    case COST -> {
                        costChart.changeTwin(k -> k.setCurrent(currentEpoch, c));
                        shownEpoch = currentEpoch;
                        shownCost = c;
                    }
                    default -> {
                        // The curve and the thinned path are worked out where they are drawn, off the FX
                        // thread, from a copy of the path so far: the window never asks this chart for them.
                        List<EpochSnapshot> path = List.copyOf(visited);
                        QuadraticCost q = quadraticFor(config);
                        double opt = optimum != null ? optimum[j] : Double.NaN;
                        double[] at = theta.clone();
                        double slope = g[j];
                        landscapeChart.changeTwin(l -> LandscapeFrames.frame(config, q, opt, path, at, c, slope, j,
                                landscapeWidthPixels, steps).applyTo(l));
                        shownLandscape = landscapeKey;
                    }
                }
            } finally {
                byIndex[chart].setNotify(true);
            }
        }
        return new Reading(theta, c, g);
    }

    /** Whether every chart has been drawn since the last {@link #clearFor}: the new run is on screen everywhere. */
    boolean showsCurrentRun() {
        return drawnSinceClear[FIT] && drawnSinceClear[COST] && drawnSinceClear[LANDSCAPE];
    }

    /** Whether the last {@link #draw} ran out of time with a chart still to draw: the next frame should call again. */
    boolean pending() {
        return pending;
    }

    /** The charts' indices, the one drawn longest ago first (ties in the order fit, cost, landscape). */
    private int[] oldestFirst() {
        int[] order = drawOrder;
        for (int i = 0; i < CHARTS; i++) {
            order[i] = i;
        }
        for (int i = 1; i < CHARTS; i++) { // insertion sort: stable, so ties keep the charts' order
            int k = order[i];
            int at = i;
            while (at > 0 && drawnAtFrame[order[at - 1]] > drawnAtFrame[k]) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = k;
        }
        return order;
    }

    /** An earlier run kept faded on the cost chart and the landscape, until cleared. */
    record Ghost(String label, RunConfig config, List<EpochSnapshot> epochs) {
        /** The run's kept epochs, thinned to what a chart can show. */
        static Ghost of(String label, RunTrack track) {
            List<EpochSnapshot> h = track.history();
            int[] keep = Decimation.evenly(h.size(), MAX_TRAIL_POINTS);
            List<EpochSnapshot> kept = new ArrayList<>(keep.length);
            for (int i : keep) {
                kept.add(h.get(i));
            }
            return new Ghost(label, track.config(), List.copyOf(kept));
        }
    }

    /** Shows these ghosts (on the same data and model as the run on screen) with parameter {@code j} on the landscape. */
    private void setGhosts(List<Ghost> ghosts, int j) {
        List<String> labels = new ArrayList<>();
        List<double[]> epochs = new ArrayList<>();
        List<double[]> params = new ArrayList<>();
        List<double[]> costs = new ArrayList<>();
        for (Ghost g : ghosts) {
            int n = g.epochs().size();
            double[] e = new double[n];
            double[] x = new double[n];
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                EpochSnapshot s = g.epochs().get(i);
                e[i] = s.epoch();
                x[i] = s.beforeParam(Math.min(j, s.params().length - 1));
                c[i] = s.costBefore();
            }
            labels.add(g.label());
            epochs.add(e);
            params.add(x);
            costs.add(c);
        }
        costChart.changeTwin(c -> c.setGhosts(labels, epochs, costs));
        landscapeChart.changeTwin(l -> l.setGhosts(labels, params, costs));
    }

    /** The optimizer state the next update from the state shown starts with (null for the first). */
    private static dev.descent.core.optim.OptimizerState stateBefore(RunTrack track, int epochs, boolean live) {
        if (live && !track.config().isFullBatch() && track.latestStep() != null) {
            return track.latestStep().state();
        }
        EpochSnapshot last = epochs >= 1 ? track.epoch(epochs - 1) : null;
        return last == null ? null : last.state();
    }

    /** The parameters on screen, and the cost and gradient there. */
    record Reading(double[] params, double cost, double[] gradient) {
    }

    /**
     * Copies of the three charts as they are now, in {@code theme}'s colours (the screen's, or light for
     * print) with its background, safe to render elsewhere.
     */
    static Exporter.ChartSet forExport(JFreeChart fit, JFreeChart cost, JFreeChart landscape,
                                       dev.descent.charts.ChartTheme theme) {
        try {
            return new Exporter.ChartSet(copy(fit, theme), copy(cost, theme), copy(landscape, theme));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("a chart could not be copied for export", e);
        }
    }

    /** {@link #forExport(JFreeChart, JFreeChart, JFreeChart, dev.descent.charts.ChartTheme)} in the screen's light theme. */
    static Exporter.ChartSet forExport(JFreeChart fit, JFreeChart cost, JFreeChart landscape) {
        return forExport(fit, cost, landscape, dev.descent.charts.ChartTheme.LIGHT);
    }

    /** A copy of {@code chart} for a file, in {@code theme}'s colours with its background. */
    static JFreeChart copyForExport(JFreeChart chart, dev.descent.charts.ChartTheme theme) {
        try {
            return copy(chart, theme);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("a chart could not be copied for export", e);
        }
    }

    private static JFreeChart copy(JFreeChart chart, dev.descent.charts.ChartTheme theme)
            throws CloneNotSupportedException {
        JFreeChart copy = dev.descent.charts.ChartCopies.detached(chart);
        copy.setBackgroundPaint(theme.background());
        theme.applyToCopy(copy);
        // A chart in a small place on screen has small text; a picture has the full size, the same in all
        // three (they are scaled together for a slide). The markers are left as they are: a chart's clone
        // shares them with the chart on screen.
        ChartStyle.setCompact(copy, false);
        return copy;
    }
}
