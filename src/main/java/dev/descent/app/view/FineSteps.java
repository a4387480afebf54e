package dev.descent.app.view;

import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Fine control of a slider: a drag moves the thumb as far as the mouse goes, or a tenth of that with
 * Shift held ({@link SliderMath#FINE_DRAG}), and on a slider reached with Tab the arrow keys step to the
 * next round value (a finer one with Shift) through {@link Stepper} instead of the slider's own jump.
 * Letting go of the mouse hands the keys back to the window's shortcuts. Whether the last move was a fine
 * one is kept, so the owner can round the value to more figures.
 */
public final class FineSteps {
    /** Moves the value one step: direction 1 up, −1 down, {@code fine} with Shift held. */
    @FunctionalInterface
    public interface Stepper {
        void step(int direction, boolean fine);
    }

    private final Slider slider;
    private double lastX = Double.NaN;
    private boolean fine;

    private FineSteps(Slider slider) {
        this.slider = slider;
    }

    /** Installs the drag and the keys on {@code slider}. */
    public static FineSteps install(Slider slider, Stepper stepper) {
        FineSteps f = new FineSteps(slider);
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            f.lastX = e.getX();
            f.fine = e.isShiftDown();
        });
        slider.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            e.consume();
            if (Double.isNaN(f.lastX)) {
                f.lastX = e.getX();
                return;
            }
            double dx = e.getX() - f.lastX;
            f.lastX = e.getX();
            f.fine = e.isShiftDown();
            double perPixel = (slider.getMax() - slider.getMin()) / f.trackLength();
            double moved = slider.getValue() + dx * perPixel * (f.fine ? SliderMath.FINE_DRAG : 1);
            slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), moved)));
        });
        slider.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            f.lastX = Double.NaN;
            // The keys go back to the shortcuts (→ steps an epoch), as after a value typed and taken; a
            // slider reached with Tab keeps them and steps its value.
            if (slider.getScene() != null) {
                slider.getScene().getRoot().requestFocus();
            }
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int direction = switch (e.getCode()) {
                case RIGHT, UP -> 1;
                case LEFT, DOWN -> -1;
                default -> 0;
            };
            if (direction != 0) {
                e.consume();
                f.fine = e.isShiftDown();
                stepper.step(direction, f.fine);
            }
        });
        return f;
    }

    /** Whether the last drag or key was a fine one (Shift held). */
    public boolean isFine() {
        return fine;
    }

    private double trackLength() {
        Node track = slider.lookup(".track");
        double w = track != null && track.getLayoutBounds().getWidth() > 0 ? track.getLayoutBounds().getWidth()
                : slider.getWidth();
        return Math.max(1, w);
    }
}
