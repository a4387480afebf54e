package dev.descent.app;

import dev.descent.workspace.BatchMode;
import dev.descent.workspace.OptimizerKind;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.ArrayList;
import java.util.List;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Preset;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The app's state as JavaFX properties: the settings the controls edit, and the live state of the
 * run the screen shows. Controls bind to the settings; views bind to the live state; only the
 * controller writes the live state (through the package-private setters), from the frame loop.
 */
public final class AppViewModel {
    /** Playback speed meaning "as fast as the worker can go". */
    public static final double INSTANT = Double.POSITIVE_INFINITY;

    // Settings
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset");
    private final ObjectProperty<Dataset> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<Model> model = new SimpleObjectProperty<>(this, "model", Model.LINE);
    private final ObjectProperty<BatchMode> batchMode = new SimpleObjectProperty<>(this, "batchMode", BatchMode.FULL);
    private final IntegerProperty miniBatchSize = new SimpleIntegerProperty(this, "miniBatchSize", 2);
    private final ObjectProperty<OptimizerKind> optimizer =
            new SimpleObjectProperty<>(this, "optimizer", OptimizerKind.SGD);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.01);
    private final DoubleProperty momentum = new SimpleDoubleProperty(this, "momentum", 0);
    private final DoubleProperty dampening = new SimpleDoubleProperty(this, "dampening", 0);
    private final BooleanProperty nesterov = new SimpleBooleanProperty(this, "nesterov", false);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 100);
    private final ObjectProperty<double[]> init = new SimpleObjectProperty<>(this, "init", new double[] {1});
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 20);
    private final IntegerProperty landscapeParameter = new SimpleIntegerProperty(this, "landscapeParameter", 0);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);

    // The runs compared: the settings above edit runs[selectedRun]; data, model, start and epochs are shared.
    private final ObservableList<RunSpec> runs = FXCollections.observableArrayList(RunSpec.DEFAULT);
    private final IntegerProperty selectedRun = new SimpleIntegerProperty(this, "selectedRun", 0);

    // Live state, written by the controller
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status", RunStatus.READY);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private String refusal = "";
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch", 0);
    private final ReadOnlyObjectWrapper<double[]> params = new ReadOnlyObjectWrapper<>(this, "params", new double[] {1});
    private final ReadOnlyDoubleWrapper cost = new ReadOnlyDoubleWrapper(this, "cost", Double.NaN);
    private final ReadOnlyObjectWrapper<double[]> gradient =
            new ReadOnlyObjectWrapper<>(this, "gradient", new double[] {0});
    private final ReadOnlyDoubleWrapper stabilityLimit = new ReadOnlyDoubleWrapper(this, "stabilityLimit", Double.NaN);

    /**
     * Every run compared, in order, with the edited settings in place of the selected run's; throws
     * IllegalArgumentException naming the run when one cannot run.
     */
    public List<RunConfig> toRunConfigs() {
        List<RunConfig> configs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec spec = i == selectedRun.get() ? editedSpec() : runs.get(i);
            try {
                configs.add(toRunConfig(spec));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(runs.size() == 1 ? e.getMessage()
                        : "run " + (i + 1) + " (" + spec.label() + "): " + e.getMessage(), e);
            }
        }
        return configs;
    }

    private RunConfig toRunConfig(RunSpec spec) {
        return new RunConfig(data.get(), model.get(), spec.optimizerConfig(), init.get(), epochs.get(), spec.batchSize(),
                false, 0, 0);
    }

    /** The run settings as the controls show them now. */
    public RunSpec editedSpec() {
        return new RunSpec(optimizer.get(), learningRate.get(), momentum.get(), dampening.get(), nesterov.get(),
                batchMode.get(), miniBatchSize.get());
    }

    /** Puts one run's settings into the controls (the caller keeps this from restarting the run). */
    public void showSpec(RunSpec spec) {
        if (spec.batchMode() == BatchMode.MINI) {
            miniBatchSize.set(spec.miniBatchSize());
        }
        batchMode.set(spec.batchMode());
        optimizer.set(spec.optimizer());
        learningRate.set(spec.lr());
        momentum.set(spec.momentum());
        dampening.set(spec.dampening());
        nesterov.set(spec.nesterov());
    }

    /** The runs compared (at least one); the controls edit the selected one. */
    public ObservableList<RunSpec> runs() {
        return runs;
    }

    public IntegerProperty selectedRunProperty() {
        return selectedRun;
    }

    /** Sets every setting from several configurations sharing data, model, start and epochs (a comparison). */
    public void loadAll(List<RunConfig> configs) {
        load(configs.get(0));
        List<RunSpec> specs = new ArrayList<>();
        for (RunConfig c : configs) {
            specs.add(RunSpec.of(c.optimizer(), c.batchSize(), c.data().size()));
        }
        runs.setAll(specs);
    }

    /** Sets every setting from a configuration (a preset, a loaded session), as a single run. */
    public void load(RunConfig config) {
        data.set(config.data());
        model.set(config.model());
        init.set(config.init());
        epochs.set(config.epochs());
        BatchMode mode = BatchMode.of(config.batchSize(), config.data().size());
        if (mode == BatchMode.MINI) {
            miniBatchSize.set(config.batchSize());
        }
        batchMode.set(mode);
        OptimizerConfig opt = config.optimizer();
        optimizer.set(OptimizerKind.of(opt));
        learningRate.set(opt.lr());
        if (opt instanceof SgdConfig sgd) {
            momentum.set(sgd.momentum());
            dampening.set(sgd.dampening());
            nesterov.set(sgd.nesterov());
        } else {
            momentum.set(0);
            dampening.set(0);
            nesterov.set(false);
        }
        landscapeParameter.set(0);
        selectedRun.set(0);
        runs.setAll(List.of(RunSpec.of(config.optimizer(), config.batchSize(), config.data().size())));
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<Dataset> dataProperty() {
        return data;
    }

    public ObjectProperty<Model> modelProperty() {
        return model;
    }

    public ObjectProperty<BatchMode> batchModeProperty() {
        return batchMode;
    }

    public IntegerProperty miniBatchSizeProperty() {
        return miniBatchSize;
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public DoubleProperty momentumProperty() {
        return momentum;
    }

    public DoubleProperty dampeningProperty() {
        return dampening;
    }

    public BooleanProperty nesterovProperty() {
        return nesterov;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public ObjectProperty<double[]> initProperty() {
        return init;
    }

    /** Epochs per second, or {@link #INSTANT}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public IntegerProperty landscapeParameterProperty() {
        return landscapeParameter;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<double[]> paramsProperty() {
        return params.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty costProperty() {
        return cost.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<double[]> gradientProperty() {
        return gradient.getReadOnlyProperty();
    }

    /** The plain batch-GD learning-rate limit for the current data and model (the slider's mark). */
    public ReadOnlyDoubleProperty stabilityLimitProperty() {
        return stabilityLimit.getReadOnlyProperty();
    }

    void setLive(RunStatus newStatus, String text, int newEpoch, double[] newParams, double newCost, double[] newGrad) {
        status.set(newStatus);
        statusText.set(text);
        epoch.set(newEpoch);
        params.set(newParams);
        cost.set(newCost);
        gradient.set(newGrad);
    }

    void setStatus(RunStatus newStatus, String text) {
        if (newStatus == RunStatus.INVALID) {
            refusal = text;
        }
        status.set(newStatus);
        statusText.set(text);
    }

    /** Why the settings were last refused ("Not applied: …"): shown for as long as they stay refused. */
    String refusal() {
        return refusal;
    }

    void setStabilityLimit(double limit) {
        stabilityLimit.set(limit);
    }
}
