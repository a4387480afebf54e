package dev.descent.app;

import dev.descent.app.view.FineSteps;
import dev.descent.workspace.BatchMode;
import dev.descent.workspace.OptimizerKind;
import dev.descent.app.view.MainView;
import dev.descent.app.view.SliderMath;
import dev.descent.app.view.Styles;
import dev.descent.core.Format;
import dev.descent.core.Limit;
import dev.descent.core.Model;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Presets;
import javafx.collections.FXCollections;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Ties the settings panel's controls to the view-model, both ways, and checks what is typed: a
 * momentum or starting value that cannot be used is marked on its field and explained in the status
 * line, and the setting keeps its last good value. It starts nothing itself: the controller turns
 * the view-model's changes into edits of the workspace.
 */
final class ControlsBinder {
    private final AppViewModel vm;
    private final MainView view;
    private boolean syncingDampening;
    private boolean syncingMomentum;

    private Runnable onAccepted = () -> { };
    private java.util.function.Consumer<String> onRefused = text -> { };

    ControlsBinder(AppViewModel vm, MainView view) {
        this.vm = vm;
        this.view = view;
    }

    void bind() {
        view.preset.setItems(FXCollections.observableArrayList(Presets.all()));
        view.model.setItems(FXCollections.observableArrayList(Model.values()));
        view.model.setConverter(new StringConverter<>() {
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
        view.learningRate.setReader(TypedValues::learningRate);
        view.learningRate.markTextProperty().bind(vm.stabilityNoteProperty());
        view.learningRate.markTooltipProperty().bind(vm.stabilityFormulaProperty());
        view.learningRate.setOnRefused(reason -> onRefused.accept("Not applied: " + reason));
        view.learningRate.setOnAccepted(this::accepted);
        bindMomentum();

        refuseBadWholeNumbers(view.epochs, RunConfig.EPOCHS);
        refuseBadWholeNumbers(view.miniBatchSize, BatchMode.MINI_SIZE);
        view.epochs.getValueFactory().valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                vm.epochsProperty().set(v);
            }
        });
        vm.epochsProperty().addListener((obs, old, v) -> view.epochs.getValueFactory().setValue(v.intValue()));
        onCommit(view.init, this::commitInit);
        vm.initProperty().addListener((obs, old, v) -> view.init.setText(formatInit(v)));
        view.init.setText(formatInit(vm.initProperty().get()));

        view.speed.valueProperty().addListener((obs, old, v) ->
                vm.speedProperty().set(MainView.SPEEDS[(int) Math.round(v.doubleValue())]));
        vm.speedProperty().addListener((obs, old, s) -> view.speedLabel.setText(speedText(s.doubleValue())));
        view.speedLabel.setText(speedText(vm.speedProperty().get()));

        view.logScale.selectedProperty().bindBidirectional(vm.logScaleProperty());
        view.landscapeParameter.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                vm.landscapeParameterProperty().set(i.intValue());
            }
        });

        vm.statusProperty().addListener((obs, old, s) -> styleStatus());
        vm.warningProperty().addListener((obs, old, on) -> styleStatus());
        view.status.textProperty().bind(vm.statusTextProperty());
    }

    /** The status line in red while the run diverged, failed, is diverging or its cost rose; a refusal in its own colour. */
    private void styleStatus() {
        RunStatus s = vm.statusProperty().get();
        view.status.getStyleClass().removeAll(Styles.STATUS_DIVERGED, Styles.STATUS_INVALID);
        if (s == RunStatus.INVALID) {
            view.status.getStyleClass().add(Styles.STATUS_INVALID);
        } else if (s == RunStatus.DIVERGED || s == RunStatus.FAILED || vm.warningProperty().get()) {
            view.status.getStyleClass().add(Styles.STATUS_DIVERGED);
        }
    }

    /**
     * The momentum slider and its field, and the "dampened" box, which sets the dampening equal to the
     * momentum (the fast.ai form); the workspace keeps it so as the momentum moves. A drag lands on
     * hundredths (0.65), or thousandths with Shift held; the arrow keys step by the same.
     */
    private void bindMomentum() {
        FineSteps fine = FineSteps.install(view.momentum, (direction, fineStep) -> vm.momentumProperty().set(
                SliderMath.stepDecimals(vm.momentumProperty().get(), direction,
                        fineStep ? SliderMath.MOMENTUM_FINE_DECIMALS : SliderMath.MOMENTUM_DECIMALS,
                        view.momentum.getMin(), view.momentum.getMax())));
        view.momentum.setValue(vm.momentumProperty().get());
        view.momentum.valueProperty().addListener((obs, old, v) -> {
            if (!syncingMomentum) {
                int decimals = fine.isFine() ? SliderMath.MOMENTUM_FINE_DECIMALS : SliderMath.MOMENTUM_DECIMALS;
                syncingMomentum = true;
                vm.momentumProperty().set(SliderMath.roundDecimals(v.doubleValue(), decimals));
                syncingMomentum = false;
            }
        });
        vm.momentumProperty().addListener((obs, old, v) -> {
            // A value from a drag leaves the thumb where the mouse put it; any other moves the thumb.
            if (!syncingMomentum) {
                syncingMomentum = true;
                view.momentum.setValue(v.doubleValue());
                syncingMomentum = false;
            }
            view.momentumField.setText(Format.exact(v.doubleValue()));
        });
        onCommit(view.momentumField, this::commitMomentumField);
        view.dampened.selectedProperty().addListener((obs, old, on) -> {
            if (!syncingDampening) {
                vm.dampeningProperty().set(on ? vm.momentumProperty().get() : 0);
            }
        });
        vm.dampeningProperty().addListener((obs, old, d) -> showDampening());
        view.nesterov.selectedProperty().bindBidirectional(vm.nesterovProperty());
        var notSgd = vm.optimizerProperty().isNotEqualTo(OptimizerKind.SGD);
        view.momentum.disableProperty().bind(notSgd);
        view.momentumField.disableProperty().bind(notSgd);
        view.dampened.disableProperty().bind(notSgd);
        view.nesterov.disableProperty().bind(notSgd);
    }

    /** Ticks the "dampened" box to match the view-model without feeding back into it. */
    void showDampening() {
        syncingDampening = true;
        view.dampened.setSelected(vm.dampeningProperty().get() != 0);
        syncingDampening = false;
    }

    /** Runs {@code commit} on Enter and when the field loses focus. */
    private static void onCommit(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    /**
     * A typed count is taken only when it is a whole number in the spinner's range; anything else is
     * refused like the other fields' values (marked, and the reason on the status line), the run going
     * on as it was. The spinner's own converter would throw at letters and quietly clamp -5 to 1.
     */
    private void refuseBadWholeNumbers(Spinner<Integer> spinner, Limit limit) {
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        // A value taken by any way (typed, an arrow, a lecture or a session) shows in the box: the mark
        // of a refused text goes with it. The spinner puts the new value's text in first.
        factory.valueProperty().addListener((obs, old, v) -> {
            if (v != null && spinner.getEditor().getStyleClass().contains(Styles.INVALID)) {
                spinner.getEditor().getStyleClass().remove(Styles.INVALID);
                accepted();
            }
        });
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String typed) {
                try {
                    int n = TypedValues.whole(typed, limit);
                    if (n == factory.getValue() && spinner.getEditor().getStyleClass().remove(Styles.INVALID)) {
                        accepted(); // the value it had: nothing changes, but the refusal is lifted
                    }
                    return n;
                } catch (IllegalArgumentException e) {
                    markInvalid(spinner.getEditor(), e.getMessage());
                    return factory.getValue(); // unchanged: the typed text stays, marked, for fixing
                }
            }
        });
    }

    private void commitMomentumField() {
        try {
            double m = TypedValues.momentum(view.momentumField.getText());
            view.momentumField.getStyleClass().remove(Styles.INVALID);
            vm.momentumProperty().set(m);
            accepted();
        } catch (IllegalArgumentException e) {
            markInvalid(view.momentumField, e.getMessage());
        }
    }

    private void commitInit() {
        try {
            double[] values = parseInit(vm.modelProperty().get(), view.init.getText());
            view.init.getStyleClass().remove(Styles.INVALID);
            vm.initProperty().set(values);
            accepted();
        } catch (IllegalArgumentException e) {
            markInvalid(view.init, e.getMessage());
        }
    }

    /** Starting values typed as "1", "-1, 1" or "-0.5 0.3 1.2"; the message says what is wrong and where. */
    static double[] parseInit(Model m, String typed) {
        return parseValues(m, typed, "starting value");
    }

    /** One value per parameter, typed with commas, semicolons or spaces between; {@code what} names them in messages. */
    static double[] parseValues(Model m, String typed, String what) {
        String text = typed.trim();
        String[] parts = text.split("[,;\\s]+");
        if (text.isEmpty() || parts.length != m.parameterCount()) {
            throw new IllegalArgumentException("the " + m.id() + " model needs " + m.parameterCount()
                    + " " + what + (m.parameterCount() == 1 ? "" : "s") + " ("
                    + String.join(", ", m.parameterNames()) + "); '" + text + "' has " + (text.isEmpty() ? 0 : parts.length));
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " of " + m.parameterNames().get(i) + ": '"
                        + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " of " + m.parameterNames().get(i)
                        + " must be a finite number");
            }
        }
        return values;
    }

    /**
     * Where a field reports a value it took, once no field is refused any more: a value equal to the
     * one before changes nothing and restarts nothing, so the refusal it corrects must be lifted there.
     */
    void setOnAccepted(Runnable listener) {
        onAccepted = listener;
    }

    /** Where a field reports a value it refused, with the line for the status ("Not applied: …"). */
    void setOnRefused(java.util.function.Consumer<String> listener) {
        onRefused = listener;
    }

    private void accepted() {
        boolean anyRefused = fields().anyMatch(f -> f.getStyleClass().contains(Styles.INVALID));
        if (!anyRefused) {
            onAccepted.run();
        }
    }

    /** Every field a value is typed into. */
    private java.util.stream.Stream<TextField> fields() {
        return java.util.stream.Stream.of(view.momentumField, view.init, view.learningRate.field(),
                view.epochs.getEditor(), view.miniBatchSize.getEditor());
    }

    /**
     * Shows every field's value, unmarked: a lecture or a session has just put its own values in all of
     * them, and a refused text left in one (its value unchanged, so nothing rewrote it) would be stale.
     */
    void clearRefusals() {
        view.learningRate.showValue();
        view.momentumField.setText(Format.exact(vm.momentumProperty().get()));
        view.init.setText(formatInit(vm.initProperty().get()));
        view.epochs.cancelEdit();
        view.miniBatchSize.cancelEdit();
        fields().forEach(f -> f.getStyleClass().remove(Styles.INVALID));
    }

    private void markInvalid(TextField field, String message) {
        if (!field.getStyleClass().contains(Styles.INVALID)) {
            field.getStyleClass().add(Styles.INVALID);
        }
        onRefused.accept("Not applied: " + message);
    }

    static String formatInit(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Format.exact(v[i]));
        }
        return sb.toString();
    }

    static String speedText(double s) {
        return Double.isInfinite(s) ? "instant" : Format.count(Math.round(s)) + " epoch" + (s == 1 ? "" : "s") + "/s";
    }
}
