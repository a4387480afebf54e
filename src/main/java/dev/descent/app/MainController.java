package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.engine.RunFeed;
import dev.descent.app.view.MainView;
import dev.descent.app.view.Styles;
import dev.descent.charts.ChartStyle;
import dev.descent.charts.CostChart;
import dev.descent.charts.Decimation;
import dev.descent.charts.FitChart;
import dev.descent.charts.LandscapeChart;
import dev.descent.charts.LandscapeRange;
import dev.descent.charts.Span;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.analysis.Stability;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StepSnapshot;
import dev.descent.lecture.LectureLog;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.input.MouseButton;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wires the window: controls edit the view-model's settings; any settings change cancels the run and
 * starts the new one at once; an {@link AnimationTimer} takes what the worker produced since the last
 * frame and redraws each chart at most once. All of this runs on the FX thread, and none of it trains:
 * the worker does that ({@link RunEngine}).
 */
public final class MainController {
    /** The landscape's path is thinned to this many points for drawing. */
    static final int MAX_TRAIL_POINTS = 2000;
    /** The log pane shows the newest lines only; the whole history is in the CSV export. */
    static final int MAX_LOG_LINES = 2000;
    /** At most this many new epochs are taken into the charts per frame, to keep each frame short. */
    static final int MAX_EPOCHS_PER_FRAME = 10_000;

    private final AppViewModel vm;
    private final MainView view;
    private final RunEngine engine;
    private final FitChart fit;
    private final CostChart cost;
    private final LandscapeChart landscape;
    private final Exporter exporter;
    private final AnimationTimer timer;

    private RunFeed feed;
    private RunFeed.Cursor cursor;
    private QuadraticCost quadratic;
    /** The data {@link #quadratic} was built from. */
    private Dataset dataInCharts;
    private double[] optimum;
    private final List<EpochSnapshot> history = new ArrayList<>();
    private StepSnapshot latestStep;
    private RunResult result;
    private boolean loading;
    private boolean viewDirty = true;
    private boolean behind;
    private long seenVersion = -1;
    private long frames;
    private long chartRedraws;
    private long maxRedrawsInOneFrame;
    private long longestFrameNanos;

    public MainController(AppViewModel vm, MainView view, RunEngine engine, FitChart fit, CostChart cost,
                          LandscapeChart landscape, Exporter exporter) {
        this.vm = vm;
        this.view = view;
        this.engine = engine;
        this.fit = fit;
        this.cost = cost;
        this.landscape = landscape;
        this.exporter = exporter;
        for (JFreeChart chart : charts()) {
            chart.addChangeListener(e -> chartRedraws++);
            // On screen the viewer's white background shows through. Filling the chart background
            // through the canvas came out black for the fit chart on the software pipeline, while
            // the same chart rendered to an image was white; exports put the white fill back.
            chart.setBackgroundPaint(null);
        }
        bindControls();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame();
            }
        };
    }

    /** Loads the first preset, ready to play, and starts the frame loop. */
    public void start() {
        view.preset.getSelectionModel().select(Presets.first());
        timer.start();
    }

    public void stop() {
        timer.stop();
        engine.close();
    }

    // ---- controls -------------------------------------------------------------------------------

    private void bindControls() {
        view.preset.setItems(FXCollections.observableArrayList(Presets.all()));
        view.preset.valueProperty().addListener((obs, old, p) -> {
            if (p != null) {
                applyPreset(p);
            }
        });
        view.model.setItems(FXCollections.observableArrayList(Model.values()));
        view.model.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Model m) {
                return m == null ? "" : m.formula();
            }

            @Override
            public Model fromString(String s) {
                return Model.byId(s);
            }
        });
        view.model.valueProperty().bindBidirectional(vm.modelProperty());
        view.batchMode.setItems(FXCollections.observableArrayList(BatchMode.values()));
        view.batchMode.valueProperty().bindBidirectional(vm.batchModeProperty());
        view.miniBatchSize.disableProperty().bind(vm.batchModeProperty().isNotEqualTo(BatchMode.MINI));
        view.miniBatchSize.getValueFactory().valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                vm.miniBatchSizeProperty().set(v);
            }
        });
        vm.miniBatchSizeProperty().addListener((obs, old, v) -> view.miniBatchSize.getValueFactory().setValue(v.intValue()));
        view.optimizer.setItems(FXCollections.observableArrayList(OptimizerKind.values()));
        view.optimizer.valueProperty().bindBidirectional(vm.optimizerProperty());
        view.learningRate.valueProperty().bindBidirectional(vm.learningRateProperty());
        view.learningRate.markProperty().bind(vm.stabilityLimitProperty());

        view.momentum.valueProperty().bindBidirectional(vm.momentumProperty());
        vm.momentumProperty().addListener((obs, old, v) -> view.momentumField.setText(String.format(Locale.ROOT, "%.2f", v.doubleValue())));
        view.momentumField.setOnAction(e -> commitMomentumField());
        view.momentumField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitMomentumField();
            }
        });
        boolean[] syncingDampening = {false};
        view.dampened.selectedProperty().addListener((obs, old, on) -> {
            if (!syncingDampening[0]) {
                vm.dampeningProperty().set(on ? vm.momentumProperty().get() : 0);
            }
        });
        vm.momentumProperty().addListener((obs, old, m) -> {
            if (view.dampened.isSelected()) {
                vm.dampeningProperty().set(m.doubleValue());
            }
        });
        vm.dampeningProperty().addListener((obs, old, d) -> {
            syncingDampening[0] = true;
            view.dampened.setSelected(d.doubleValue() != 0);
            syncingDampening[0] = false;
        });
        view.nesterov.selectedProperty().bindBidirectional(vm.nesterovProperty());
        var sgdOnly = vm.optimizerProperty().isNotEqualTo(OptimizerKind.SGD);
        view.momentum.disableProperty().bind(sgdOnly);
        view.momentumField.disableProperty().bind(sgdOnly);
        view.dampened.disableProperty().bind(sgdOnly);
        view.nesterov.disableProperty().bind(sgdOnly);

        view.epochs.getValueFactory().valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                vm.epochsProperty().set(v);
            }
        });
        vm.epochsProperty().addListener((obs, old, v) -> view.epochs.getValueFactory().setValue(v.intValue()));
        view.init.setOnAction(e -> commitInit());
        view.init.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitInit();
            }
        });
        vm.initProperty().addListener((obs, old, v) -> view.init.setText(formatInit(v)));

        view.speed.valueProperty().addListener((obs, old, v) -> {
            double s = MainView.SPEEDS[(int) Math.round(v.doubleValue())];
            vm.speedProperty().set(s);
        });
        vm.speedProperty().addListener((obs, old, s) -> {
            view.speedLabel.setText(speedText(s.doubleValue()));
            engine.setSpeed(s.doubleValue());
        });
        view.speedLabel.setText(speedText(vm.speedProperty().get()));

        view.logScale.selectedProperty().bindBidirectional(vm.logScaleProperty());
        vm.logScaleProperty().addListener((obs, old, on) -> cost.setLogScale(on));
        view.landscapeParameter.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                vm.landscapeParameterProperty().set(i.intValue());
                viewDirty = true;
            }
        });
        view.landscapeViewer.getCanvas().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                startFromLandscapeClick(e.getX(), e.getY());
            }
        });

        view.play.setOnAction(e -> togglePlay());
        view.step.setOnAction(e -> stepEpoch());
        view.stepUpdate.setOnAction(e -> stepUpdate());
        view.reset.setOnAction(e -> reset());
        view.exportAll.setOnAction(e -> exportAllWithPrompt());
        view.exportCsv.setOnAction(e -> exporter.promptExportCsv(view.getScene().getWindow(), feed));

        ChangeListener<Object> restart = (obs, old, v) -> settingsChanged();
        vm.modelProperty().addListener((obs, old, m) -> {
            if (!loading && m != null && old != m) {
                loading = true;
                vm.initProperty().set(new double[m.parameterCount()]);
                loading = false;
            }
        });
        for (var p : List.of(vm.modelProperty(), vm.batchModeProperty(), vm.miniBatchSizeProperty(),
                vm.optimizerProperty(), vm.learningRateProperty(), vm.momentumProperty(), vm.dampeningProperty(),
                vm.nesterovProperty(), vm.epochsProperty(), vm.initProperty(), vm.dataProperty())) {
            p.addListener(restart);
        }
        vm.optimizerProperty().addListener((obs, old, kind) -> {
            if (!loading && kind != null && old != null && kind != old) {
                vm.learningRateProperty().set(kind.defaultLr());
            }
        });
        vm.statusProperty().addListener((obs, old, s) -> {
            view.play.setText(s == RunStatus.RUNNING ? "Pause" : "Play");
            view.status.getStyleClass().removeAll(Styles.STATUS_DIVERGED, Styles.STATUS_INVALID);
            if (s == RunStatus.DIVERGED) {
                view.status.getStyleClass().add(Styles.STATUS_DIVERGED);
            } else if (s == RunStatus.INVALID) {
                view.status.getStyleClass().add(Styles.STATUS_INVALID);
            }
        });
        view.status.textProperty().bind(vm.statusTextProperty());
    }

    private void commitMomentumField() {
        String text = view.momentumField.getText().trim();
        try {
            double m = Double.parseDouble(text);
            if (!(m >= 0 && m < 1)) {
                throw new NumberFormatException();
            }
            view.momentumField.getStyleClass().remove(Styles.INVALID);
            vm.momentumProperty().set(m);
        } catch (NumberFormatException e) {
            markInvalid(view.momentumField, "momentum must be a number from 0 to 0.99; '" + text + "' is not");
        }
    }

    private void commitInit() {
        Model m = vm.modelProperty().get();
        String text = view.init.getText().trim();
        String[] parts = text.split("[,;\\s]+");
        try {
            if (text.isEmpty() || parts.length != m.parameterCount()) {
                throw new IllegalArgumentException("the " + m.id() + " model needs " + m.parameterCount()
                        + " starting value" + (m.parameterCount() == 1 ? "" : "s") + " ("
                        + String.join(", ", m.parameterNames()) + "); '" + text + "' has " + (text.isEmpty() ? 0 : parts.length));
            }
            double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    values[i] = Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("starting value of " + m.parameterNames().get(i) + ": '"
                            + parts[i] + "' is not a number");
                }
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("starting value of " + m.parameterNames().get(i)
                            + " must be a finite number");
                }
            }
            view.init.getStyleClass().remove(Styles.INVALID);
            vm.initProperty().set(values);
        } catch (IllegalArgumentException e) {
            markInvalid(view.init, e.getMessage());
        }
    }

    private void markInvalid(javafx.scene.control.TextField field, String message) {
        if (!field.getStyleClass().contains(Styles.INVALID)) {
            field.getStyleClass().add(Styles.INVALID);
        }
        vm.setStatus(RunStatus.INVALID, "Not applied: " + message);
    }

    private static String formatInit(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(dev.descent.core.optim.Numbers.shortest(v[i]));
        }
        return sb.toString();
    }

    private static String speedText(double s) {
        return Double.isInfinite(s) ? "instant" : String.format(Locale.ROOT, "%.0f epoch%s/s", s, s == 1 ? "" : "s");
    }

    // ---- runs -----------------------------------------------------------------------------------

    /** Loads a lecture preset: its settings, ready to play. */
    public void applyPreset(Preset p) {
        loading = true;
        try {
            vm.presetProperty().set(p);
            vm.load(p.config());
            view.description.setText(p.description());
            view.init.setText(formatInit(p.config().init()));
            view.dampened.setSelected(vm.dampeningProperty().get() != 0);
        } finally {
            loading = false;
        }
        restart(true);
    }

    private void settingsChanged() {
        if (!loading) {
            restart(false);
        }
    }

    /** Cancels the current run and starts the settings' run from its starting parameters. */
    void restart(boolean paused) {
        RunConfig config;
        try {
            config = vm.toRunConfig();
        } catch (IllegalArgumentException e) {
            engine.pause();
            vm.setStatus(RunStatus.INVALID, "Not run: " + e.getMessage());
            return;
        }
        Model m = config.model();
        if (quadratic == null || quadratic.model() != m || !config.data().equals(dataInCharts)) {
            quadratic = QuadraticCost.of(m, config.data());
            optimum = quadratic.optimum().orElse(null);
            vm.setStabilityLimit(Stability.plainLimit(quadratic));
        }
        dataInCharts = config.data();
        view.initLabel.setText("Start (" + String.join(", ", m.parameterNames()) + ")");
        view.fitNote.setText(config.data().size() + " points · model " + m.formula() + " · "
                + (config.isFullBatch() ? "every point in every update"
                : "highlighted: the batch of the current update"));
        List<String> names = m.parameterNames();
        if (!view.landscapeParameter.getItems().equals(names)) {
            view.landscapeParameter.setItems(FXCollections.observableArrayList(names));
            view.landscapeParameter.getSelectionModel().select(0);
        }
        view.stepUpdate.setDisable(config.isFullBatch());
        Preset p = vm.presetProperty().get();
        boolean lectureData = p != null && p.config().data().equals(config.data()) && p.config().model() == m;
        LogStyle style = lectureData ? p.logStyle() : LogStyle.EPOCH;
        double predictAt = lectureData ? p.predictAt() : Double.NaN;

        history.clear();
        latestStep = null;
        result = null;
        view.log.getItems().clear();
        fit.setModel(m);
        fit.setData(config.data());
        fit.setBatch(null);
        cost.clear();
        landscape.setParameterName(names.get(Math.min(vm.landscapeParameterProperty().get(), names.size() - 1)));
        feed = engine.start(config, style, predictAt, vm.speedProperty().get(), paused);
        cursor = new RunFeed.Cursor();
        seenVersion = -1;
        viewDirty = true;
        vm.setStatus(paused ? RunStatus.READY : RunStatus.RUNNING, "");
        redraw();
    }

    public void togglePlay() {
        if (vm.statusProperty().get() == RunStatus.RUNNING) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        RunStatus s = vm.statusProperty().get();
        if (s == RunStatus.INVALID) {
            return;
        }
        if (s.isFinal()) {
            restart(false);
            return;
        }
        engine.play();
        vm.setStatus(RunStatus.RUNNING, vm.statusTextProperty().get());
        viewDirty = true;
    }

    public void pause() {
        if (vm.statusProperty().get() == RunStatus.RUNNING) {
            engine.pause();
            vm.setStatus(RunStatus.PAUSED, vm.statusTextProperty().get());
            viewDirty = true;
        }
    }

    /** One epoch, then hold. After the end of a run it starts again from the beginning. */
    public void stepEpoch() {
        if (vm.statusProperty().get().isFinal()) {
            restart(true);
        }
        engine.pause();
        engine.stepEpoch();
        vm.setStatus(RunStatus.PAUSED, vm.statusTextProperty().get());
        viewDirty = true;
    }

    /** One update (one batch), then hold. */
    public void stepUpdate() {
        if (vm.statusProperty().get().isFinal()) {
            restart(true);
        }
        engine.pause();
        engine.stepUpdate();
        vm.setStatus(RunStatus.PAUSED, vm.statusTextProperty().get());
        viewDirty = true;
    }

    public void reset() {
        restart(true);
    }

    private void startFromLandscapeClick(double x, double y) {
        var info = view.landscapeViewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return;
        }
        var area = info.getPlotInfo().getDataArea();
        if (!area.contains(x, y)) {
            return;
        }
        XYPlot plot = landscape.chart().getXYPlot();
        double value = plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
        if (!Double.isFinite(value)) {
            return;
        }
        double[] start = vm.initProperty().get().clone();
        int j = Math.min(vm.landscapeParameterProperty().get(), start.length - 1);
        start[j] = roundToAxis(value, plot.getDomainAxis().getRange().getLength());
        vm.initProperty().set(start);
    }

    /** A clicked value rounded to what the axis resolves, so the field shows 1.37 rather than 1.3712839. */
    private static double roundToAxis(double v, double axisLength) {
        double step = Math.pow(10, Math.floor(Math.log10(axisLength)) - 2);
        return Math.round(v / step) * step;
    }

    // ---- the frame loop -------------------------------------------------------------------------

    /** Called once per frame: takes what is new from the worker and redraws each chart at most once. */
    void onFrame() {
        frames++;
        long startNanos = System.nanoTime();
        long redrawsBefore = chartRedraws;
        try {
            drainAndRedraw();
        } finally {
            longestFrameNanos = Math.max(longestFrameNanos, System.nanoTime() - startNanos);
            maxRedrawsInOneFrame = Math.max(maxRedrawsInOneFrame, chartRedraws - redrawsBefore);
        }
    }

    private void drainAndRedraw() {
        if (feed == null) {
            return;
        }
        long version = feed.version();
        if (version == seenVersion && !viewDirty && !behind) {
            return;
        }
        seenVersion = version;
        RunFeed.Update update = feed.drainSince(cursor, MAX_EPOCHS_PER_FRAME);
        behind = update.epochs().size() == MAX_EPOCHS_PER_FRAME;
        boolean epochsAdded = !update.epochs().isEmpty();
        if (epochsAdded) {
            history.addAll(update.epochs());
            int n = update.epochs().size();
            int[] es = new int[n];
            double[] cs = new double[n];
            for (int i = 0; i < n; i++) {
                es[i] = update.epochs().get(i).epoch();
                cs[i] = update.epochs().get(i).costBefore();
            }
            cost.chart().setNotify(false);
            cost.append(es, cs, n);
        }
        if (update.latestStep() != null) {
            latestStep = update.latestStep();
        }
        if (!update.log().isEmpty()) {
            appendLog(update.log());
        }
        if (update.result() != null) {
            result = update.result();
        }
        redraw();
        viewDirty = false;
    }

    /** Appends to the log pane, which keeps the newest {@link #MAX_LOG_LINES} lines and follows the end. */
    private void appendLog(List<String> lines) {
        var items = view.log.getItems();
        List<String> tail = lines.size() > MAX_LOG_LINES ? lines.subList(lines.size() - MAX_LOG_LINES, lines.size()) : lines;
        int excess = items.size() + tail.size() - MAX_LOG_LINES;
        if (excess > 0) {
            items.remove(0, Math.min(excess, items.size()));
        }
        items.addAll(tail);
        view.log.scrollTo(items.size() - 1);
    }

    /** Draws the current state into every chart, with one change notification per chart. */
    private void redraw() {
        if (feed == null) {
            return;
        }
        RunConfig config = feed.config();
        Dataset data = config.data();
        Model m = config.model();
        double[] theta = currentParams(config);
        double c = Mse.cost(m, data, theta);
        double[] g = Mse.gradient(m, data, theta);
        int j = Math.min(vm.landscapeParameterProperty().get(), m.parameterCount() - 1);
        for (JFreeChart chart : charts()) {
            chart.setNotify(false);
        }
        try {
            fit.setParams(theta);
            fit.setBatch(!config.isFullBatch() && latestStep != null && result == null ? latestStep.rows() : null);
            int lastEpoch = history.isEmpty() ? -1 : history.get(history.size() - 1).epoch();
            cost.setCurrentEpoch(lastEpoch);
            drawLandscape(config, theta, c, g[j], j);
        } finally {
            for (JFreeChart chart : charts()) {
                chart.setNotify(true);
            }
        }
        vm.setLive(statusFor(), statusText(config, theta, c, g), completedEpochs(), theta, c, g);
    }

    private void drawLandscape(RunConfig config, double[] theta, double c, double slope, int j) {
        int n = history.size();
        int[] keep = Decimation.evenly(n, MAX_TRAIL_POINTS);
        double[] tx = new double[keep.length + 1];
        double[] tc = new double[keep.length + 1];
        for (int i = 0; i < keep.length; i++) {
            EpochSnapshot e = history.get(keep[i]);
            tx[i] = e.before()[j];
            tc[i] = e.costBefore();
        }
        tx[keep.length] = theta[j];
        tc[keep.length] = c;
        double opt = optimum != null ? optimum[j] : Double.NaN;
        Span span = LandscapeRange.choose(config.init()[j], tx, tx.length, theta[j], opt);
        double[] values = span.sample(LandscapeRange.sampleCount((int) Math.max(200, view.landscapeViewer.getWidth())));
        landscape.setParameterName(config.model().parameterNames().get(j));
        landscape.setCurve(values, quadratic.costAlong(theta[j], c, slope, j, values));
        landscape.setTrail(tx, tc, tx.length);
        landscape.setCurrent(theta[j], c, slope);
        landscape.setOptimum(opt);
    }

    private double[] currentParams(RunConfig config) {
        EpochSnapshot last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (latestStep != null && (last == null || latestStep.iteration() > last.iteration())) {
            return latestStep.params();
        }
        return last != null ? last.params() : config.init();
    }

    private int completedEpochs() {
        return history.size();
    }

    private RunStatus statusFor() {
        RunStatus current = vm.statusProperty().get();
        if (result == null) {
            return current;
        }
        return switch (result.reason()) {
            case COMPLETED -> RunStatus.FINISHED;
            case CONVERGED -> RunStatus.CONVERGED;
            case DIVERGED -> RunStatus.DIVERGED;
            case CANCELLED -> current;
        };
    }

    private String statusText(RunConfig config, double[] theta, double c, double[] g) {
        if (vm.statusProperty().get() == RunStatus.INVALID && result == null && history.isEmpty()
                && latestStep == null) {
            return vm.statusTextProperty().get();
        }
        if (result != null && result.reason() == dev.descent.core.train.StopReason.DIVERGED) {
            return capitalize(result.message());
        }
        List<String> names = config.model().parameterNames();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Epoch %d/%d", completedEpochs(), config.epochs()));
        for (int i = 0; i < theta.length; i++) {
            sb.append("   ").append(names.get(i)).append(" = ").append(num(theta[i]));
        }
        sb.append("   cost = ").append(num(c));
        sb.append("   gradient = ");
        if (g.length == 1) {
            sb.append(num(g[0]));
        } else {
            sb.append('(');
            for (int i = 0; i < g.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(num(g[i]));
            }
            sb.append(')');
        }
        sb.append("   ").append(statusFor());
        if (result != null && result.reason() == dev.descent.core.train.StopReason.CONVERGED) {
            sb.append(": ").append(result.message());
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Two decimals as the lectures print, but never "0.00" for a small non-zero value. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return LectureLog.fixed(v, 2);
    }

    private JFreeChart[] charts() {
        return new JFreeChart[] {fit.chart(), cost.chart(), landscape.chart()};
    }

    /** Copies of the three charts as they are now, safe to render on another thread. */
    Exporter.ChartSet chartsForExport() {
        try {
            return new Exporter.ChartSet(forExport(fit.chart()), forExport(cost.chart()), forExport(landscape.chart()));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("a chart could not be copied for export", e);
        }
    }

    public void exportAllWithPrompt() {
        exporter.promptExportAll(view.getScene().getWindow(), this::chartsForExport);
    }

    private static JFreeChart forExport(JFreeChart chart) throws CloneNotSupportedException {
        JFreeChart copy = (JFreeChart) chart.clone();
        copy.setBackgroundPaint(ChartStyle.BACKGROUND);
        return copy;
    }

    // ---- for tests ------------------------------------------------------------------------------

    long frames() {
        return frames;
    }

    /** The most chart change events seen within one frame (three charts: at most 3 when coalescing works). */
    long maxRedrawsInOneFrame() {
        return maxRedrawsInOneFrame;
    }

    long longestFrameNanos() {
        return longestFrameNanos;
    }

    AppViewModel viewModel() {
        return vm;
    }

    Exporter exporter() {
        return exporter;
    }

    RunFeed feed() {
        return feed;
    }

    RunEngine engine() {
        return engine;
    }
}
