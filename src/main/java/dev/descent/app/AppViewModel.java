package dev.descent.app;

import dev.descent.workspace.BatchMode;
import dev.descent.workspace.OptimizerKind;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.workspace.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The window's state as JavaFX properties: the workspace and its selected run's settings as the controls
 * show them, the view's own choices (speed, scale, the landscape's parameter), and the live state of the
 * run on screen. The settings only show the workspace: a control's change becomes an edit of it in the
 * controller, which then shows the workspace here again. Only the controller writes the workspace and
 * the live state (through the package-private setters).
 */
public final class AppViewModel {
    /** Playback speed meaning "as fast as the worker can go". */
    public static final double INSTANT = Double.POSITIVE_INFINITY;

    // Settings
    private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>(this, "data");
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

    // The workspace the settings above show (its selected run); only the controller sets it.
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");

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
    private final ReadOnlyStringWrapper stabilityNote = new ReadOnlyStringWrapper(this, "stabilityNote", "");
    private final ReadOnlyStringWrapper stabilityFormula = new ReadOnlyStringWrapper(this, "stabilityFormula", "");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(this, "warning", false);

    /** The workspace: everything the window edits. The settings properties show its selected run. */
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace.get();
    }

    /**
     * Sets the workspace and shows its selected run in the settings (the controller keeps these changes
     * from being taken as edits). A run not in mini-batches keeps the mini-batch size shown before.
     */
    void show(Workspace ws) {
        workspace.set(ws);
        RunConfig config = ws.selectedRun().config();
        data.set(ws.data());
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
    }

    /** The workspace's data, to read (they change by edits only). */
    public ReadOnlyObjectProperty<Dataset> dataProperty() {
        return data.getReadOnlyProperty();
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

    /** The selected run's learning-rate limit on the current data (the slider's mark), NaN when none is known. */
    public ReadOnlyDoubleProperty stabilityLimitProperty() {
        return stabilityLimit.getReadOnlyProperty();
    }

    /** What the mark is ("red mark: heavy-ball momentum 0.9 diverges above 0.407"), or why there is none. */
    public ReadOnlyStringProperty stabilityNoteProperty() {
        return stabilityNote.getReadOnlyProperty();
    }

    /** The limit's formula for the selected optimizer, for the mark's tooltip. */
    public ReadOnlyStringProperty stabilityFormulaProperty() {
        return stabilityFormula.getReadOnlyProperty();
    }

    /** The status line is a warning (shown in red): the run diverged, is diverging or its cost rose. */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    void setWarning(boolean on) {
        warning.set(on);
    }

    void setLive(RunStatus newStatus, String text, int newEpoch, double[] newParams, double newCost, double[] newGrad) {
        status.set(newStatus);
        statusText.set(text);
        epoch.set(newEpoch);
        params.set(newParams);
        cost.set(newCost);
        gradient.set(newGrad);
    }

    /** The status and its line, before the next frame writes the numbers. */
    void setStatus(RunStatus newStatus, String text) {
        status.set(newStatus);
        statusText.set(text);
    }

    /** Says why a setting was refused; the controller's next drawing puts it first on the status line. */
    void setRefusal(String text) {
        refusal = text;
        status.set(RunStatus.INVALID);
        statusText.set(text);
    }

    /** Why the settings were last refused ("Not applied: …"): shown for as long as they stay refused. */
    String refusal() {
        return refusal;
    }

    void setStabilityLimit(StatusLine.LimitMark mark) {
        stabilityLimit.set(mark.limit());
        stabilityNote.set(mark.text());
        stabilityFormula.set(mark.formula());
    }
}
