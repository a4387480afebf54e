package dev.descent.app.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import java.util.Locale;

/**
 * A slider on a log scale, with a text field for the exact value and an optional red mark at a
 * critical value (the learning rate above which the selected optimizer diverges), with words under it
 * saying what the mark is, or why there is none.
 */
public final class LogSlider extends VBox {
    private static final double THUMB_PAD = 8;

    private final Slider slider;
    private final TextField field = new TextField();
    private java.util.function.Consumer<String> onRefused = reason -> { };
    private Runnable onAccepted = () -> { };
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final DoubleProperty mark = new SimpleDoubleProperty(this, "mark", Double.NaN);
    private final StringProperty markText = new SimpleStringProperty(this, "markText", "");
    private final StringProperty markTooltip = new SimpleStringProperty(this, "markTooltip", "");
    private final Tooltip markTip = new Tooltip();
    private final Line markLine = new Line();
    private final Label markLabel = new Label();
    private final double min;
    private final double max;
    private boolean syncing;

    public LogSlider(double min, double max, double initial) {
        this.min = min;
        this.max = max;
        slider = new Slider(Math.log10(min), Math.log10(max), Math.log10(initial));
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        value.set(initial);
        field.setPrefColumnCount(7);
        field.getStyleClass().add(Styles.VALUE_FIELD);
        field.setText(format(initial));

        markLine.getStyleClass().add(Styles.LIMIT_MARK);
        markLine.setStartY(0);
        markLine.setEndY(22);
        markLine.setManaged(false);
        Pane overlay = new Pane(markLine);
        overlay.setMouseTransparent(true);
        StackPane track = new StackPane(slider, overlay);
        HBox.setHgrow(track, Priority.ALWAYS);
        HBox row = new HBox(6, track, field);
        row.setAlignment(Pos.CENTER_LEFT);
        markLabel.getStyleClass().add(Styles.LIMIT_LABEL);
        markLabel.setWrapText(true);
        getChildren().addAll(row, markLabel);

        slider.valueProperty().addListener((obs, old, v) -> {
            if (!syncing) {
                setValueFrom(Math.pow(10, v.doubleValue()), true);
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
        mark.addListener((obs, old, m) -> placeMark());
        markText.addListener((obs, old, t) -> placeMark());
        markTip.textProperty().bind(markTooltip);
        markTip.setWrapText(true);
        markTip.setMaxWidth(420);
        markTooltip.addListener((obs, old, t) -> markLabel.setTooltip(t == null || t.isEmpty() ? null : markTip));
        value.addListener((obs, old, v) -> placeMark());
        overlay.widthProperty().addListener((obs, old, w) -> placeMark());
        slider.widthProperty().addListener((obs, old, w) -> placeMark());
    }

    private void setValueFrom(double v, boolean fromSlider) {
        syncing = true;
        try {
            value.set(fromSlider ? roundForDisplay(v) : v);
            if (!fromSlider) {
                slider.setValue(Math.log10(Math.max(min, Math.min(max, v))));
            }
            field.setText(format(value.get()));
            field.getStyleClass().remove(Styles.INVALID);
        } finally {
            syncing = false;
        }
    }

    /** Shows the value taken in the field again, unmarked, whatever was typed there since. */
    public void showValue() {
        field.setText(format(value.get()));
        field.getStyleClass().remove(Styles.INVALID);
    }

    private void commitField() {
        String text = field.getText().trim();
        try {
            double v = Double.parseDouble(text);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            setValueFrom(v, false);
            onAccepted.run();
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains(Styles.INVALID)) {
                field.getStyleClass().add(Styles.INVALID);
            }
            String reason = "'" + text + "' is not a learning rate: type a number ≥ 0, e.g. 0.01";
            field.setTooltip(new Tooltip(reason));
            onRefused.accept(reason);
        }
    }

    /** Hears that a typed value was taken (after the value has changed, if it did). */
    public void setOnAccepted(Runnable listener) {
        onAccepted = listener == null ? () -> { } : listener;
    }

    /** Hears why a typed value was refused (the field turns red either way). */
    public void setOnRefused(java.util.function.Consumer<String> listener) {
        onRefused = listener == null ? reason -> { } : listener;
    }

    private void placeMark() {
        double m = mark.get();
        boolean visible = Double.isFinite(m) && m >= min && m <= max;
        markLine.setVisible(visible);
        if (value.get() == 0) {
            // Allowed (PyTorch takes it), and a fair question from a student: nothing will move.
            markLabel.setText("rate 0: no update moves anything");
        } else if (!markText.get().isEmpty()) {
            markLabel.setText(markText.get());
        } else if (Double.isFinite(m) && m > 0) {
            markLabel.setText("red mark: plain GD diverges above " + String.format(Locale.ROOT, "%.3g", m));
        } else {
            markLabel.setText("");
        }
        if (!visible) {
            return;
        }
        double width = slider.getWidth();
        double f = (Math.log10(m) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        double x = THUMB_PAD + f * (width - 2 * THUMB_PAD);
        markLine.setStartX(x);
        markLine.setEndX(x);
    }

    /** Three significant figures while dragging, so the field reads 0.0123 rather than 0.012302687708123818. */
    private static double roundForDisplay(double v) {
        if (v == 0) {
            return 0;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4) {
            String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return String.format(Locale.ROOT, "%.3g", v);
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
