package dev.descent.app.view;

import dev.descent.core.Format;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * The learning-rate slider: a log scale ({@link SliderMath.LogScale}) with more room for the decades people
 * use, a text field for the exact value, and an optional red mark at a critical value (the learning rate
 * above which the selected optimizer diverges), with words under it saying what the mark is, or why there
 * is none. A drag lands on a rate of two significant figures (0.20, 0.21, 0.0035), or three with Shift
 * held, which also moves the thumb a tenth as fast; the arrow keys step to the next such rate. What may be
 * typed is decided by the reader the owner sets, so the rule lives in one place (the core's limits).
 */
public final class LogSlider extends VBox {
    private static final double THUMB_PAD = 8;

    private final SliderMath.LogScale scale;
    private final Slider slider;
    private final FineSteps fineSteps;
    private final TextField field = new TextField();
    private ToDoubleFunction<String> reader = Double::parseDouble;
    private Consumer<String> onRefused = reason -> { };
    private Runnable onAccepted = () -> { };
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final DoubleProperty mark = new SimpleDoubleProperty(this, "mark", Double.NaN);
    private final StringProperty markText = new SimpleStringProperty(this, "markText", "");
    private final StringProperty markTooltip = new SimpleStringProperty(this, "markTooltip", "");
    private final Tooltip markTip = new Tooltip();
    private final Line markLine = new Line();
    private final List<Line> decadeTicks = new ArrayList<>();
    private final Label markLabel = new Label();
    private boolean syncing;

    public LogSlider(SliderMath.LogScale scale, double initial) {
        this.scale = scale;
        slider = new Slider(0, 1, scale.position(initial));
        value.set(initial);
        field.setPrefColumnCount(7);
        field.getStyleClass().add(Styles.VALUE_FIELD);
        field.setText(Format.exact(initial));

        markLine.getStyleClass().add(Styles.LIMIT_MARK);
        markLine.setStartY(0);
        markLine.setEndY(22);
        markLine.setManaged(false);
        Pane overlay = new Pane();
        // One tick per decade, where the decade is on this uneven scale (the slider's own ticks are even).
        for (double d = Math.ceil(Math.log10(scale.min())); d <= Math.floor(Math.log10(scale.max())); d++) {
            Line tick = new Line();
            tick.getStyleClass().add(Styles.DECADE_TICK);
            tick.setManaged(false);
            tick.setUserData(Math.pow(10, d));
            tick.setStartY(17);
            tick.setEndY(22);
            decadeTicks.add(tick);
            overlay.getChildren().add(tick);
        }
        overlay.getChildren().add(markLine);
        overlay.setMouseTransparent(true);
        StackPane track = new StackPane(slider, overlay);
        // The slider has the whole width of the panel to itself; the exact value is typed under it.
        field.setMaxWidth(Region.USE_PREF_SIZE);
        markLabel.getStyleClass().add(Styles.LIMIT_LABEL);
        markLabel.setWrapText(true);
        setSpacing(2);
        getChildren().addAll(track, field, markLabel);

        fineSteps = FineSteps.install(slider, this::step);
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!syncing) {
                int figures = fineSteps.isFine() ? SliderMath.RATE_FINE_FIGURES : SliderMath.RATE_FIGURES;
                setValueFrom(SliderMath.roundSignificant(scale.value(v.doubleValue()), figures), true);
            }
        });
        value.addListener((obs, old, v) -> {
            if (!syncing) {
                setValueFrom(v.doubleValue(), false);
            }
        });
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitField();
            }
        });
        mark.addListener((obs, old, m) -> placeMarks());
        markText.addListener((obs, old, t) -> placeMarks());
        markTip.textProperty().bind(markTooltip);
        markTip.setWrapText(true);
        markTip.setMaxWidth(420);
        markTooltip.addListener((obs, old, t) -> markLabel.setTooltip(t == null || t.isEmpty() ? null : markTip));
        value.addListener((obs, old, v) -> placeMarks());
        overlay.widthProperty().addListener((obs, old, w) -> placeMarks());
        slider.widthProperty().addListener((obs, old, w) -> placeMarks());
    }

    /** An arrow key: the next rate of two significant figures up or down (three with Shift). */
    private void step(int direction, boolean fine) {
        double from = value.get() > 0 ? value.get() : scale.min();
        double next = SliderMath.stepSignificant(from, direction,
                fine ? SliderMath.RATE_FINE_FIGURES : SliderMath.RATE_FIGURES);
        value.set(Math.max(scale.min(), Math.min(scale.max(), next)));
    }

    /** A value from the slider is already rounded; one set from outside moves the thumb to it. */
    private void setValueFrom(double v, boolean fromSlider) {
        syncing = true;
        try {
            value.set(v);
            if (!fromSlider) {
                slider.setValue(scale.position(v));
            }
            field.setText(Format.exact(value.get()));
            field.getStyleClass().remove(Styles.INVALID);
        } finally {
            syncing = false;
        }
    }

    /** Shows the value taken in the field again, unmarked, whatever was typed there since. */
    public void showValue() {
        field.setText(Format.exact(value.get()));
        field.getStyleClass().remove(Styles.INVALID);
    }

    private void commitField() {
        String text = field.getText().trim();
        try {
            double v = reader.applyAsDouble(text);
            setValueFrom(v, false);
            onAccepted.run();
        } catch (IllegalArgumentException e) {
            if (!field.getStyleClass().contains(Styles.INVALID)) {
                field.getStyleClass().add(Styles.INVALID);
            }
            field.setTooltip(new Tooltip(e.getMessage()));
            onRefused.accept(e.getMessage());
        }
    }

    /**
     * How typed text becomes a value: returns it, or throws IllegalArgumentException with the reason it
     * is refused (a NumberFormatException is one).
     */
    public void setReader(ToDoubleFunction<String> reader) {
        this.reader = reader;
    }

    /** Hears that a typed value was taken (after the value has changed, if it did). */
    public void setOnAccepted(Runnable listener) {
        onAccepted = listener == null ? () -> { } : listener;
    }

    /** Hears why a typed value was refused (the field turns red either way). */
    public void setOnRefused(Consumer<String> listener) {
        onRefused = listener == null ? reason -> { } : listener;
    }

    private void placeMarks() {
        double m = mark.get();
        boolean visible = Double.isFinite(m) && m >= scale.min() && m <= scale.max();
        markLine.setVisible(visible);
        if (value.get() == 0) {
            // Allowed (PyTorch takes it), and a fair question from a student: nothing will move.
            markLabel.setText("rate 0: no update moves anything");
        } else if (!markText.get().isEmpty()) {
            markLabel.setText(markText.get());
        } else if (Double.isFinite(m) && m > 0) {
            markLabel.setText("red mark: plain GD diverges above " + Format.sig3(m));
        } else {
            markLabel.setText("");
        }
        for (Line tick : decadeTicks) {
            double x = xOf((Double) tick.getUserData());
            tick.setStartX(x);
            tick.setEndX(x);
        }
        if (visible) {
            double x = xOf(m);
            markLine.setStartX(x);
            markLine.setEndX(x);
        }
    }

    private double xOf(double v) {
        return THUMB_PAD + scale.position(v) * (slider.getWidth() - 2 * THUMB_PAD);
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    /** The value to mark in red; NaN for none. */
    public DoubleProperty markProperty() {
        return mark;
    }

    /** The words under the slider for the mark (what it is, or why there is none); empty for the plain-GD default. */
    public StringProperty markTextProperty() {
        return markText;
    }

    /** The tooltip of those words (the limit's formula); empty for none. */
    public StringProperty markTooltipProperty() {
        return markTooltip;
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }
}
