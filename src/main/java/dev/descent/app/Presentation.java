package dev.descent.app;

import dev.descent.app.view.MainView;
import dev.descent.app.view.Styles;

import java.util.function.Consumer;

/**
 * Presentation mode, for the back row of a lecture hall: large text in the window and on the charts,
 * the settings panel folded away (the charts take its room), thicker lines. Leaving it puts the
 * panel back as it was. The mode to open with can be set by the system property {@value #PROPERTY}.
 */
final class Presentation {
    /** {@code -Ddescent.presentation=true} opens the window in presentation mode. */
    static final String PROPERTY = "descent.presentation";

    private final MainView view;
    private final Consumer<Boolean> charts;
    private boolean on;
    /** Whether the settings panel was shown when presentation mode began. */
    private boolean settingsBefore = true;

    /** @param charts told when the mode changes, to size the charts' text and lines for it */
    Presentation(MainView view, Consumer<Boolean> charts) {
        this.view = view;
        this.charts = charts;
    }

    /** Whether the window opens presenting ({@link #PROPERTY}). */
    static boolean atStart() {
        return Boolean.getBoolean(PROPERTY);
    }

    boolean isOn() {
        return on;
    }

    /** Turns presentation mode on or off; the View menu's tick follows. */
    void set(boolean presenting) {
        if (presenting == on) {
            view.presentation.setSelected(on);
            return;
        }
        on = presenting;
        if (on) {
            settingsBefore = view.isSettingsShown();
            view.setSettingsShown(false);
            view.getStyleClass().add(Styles.PRESENTATION);
            view.setRowsForPresentation(true);
        } else {
            view.getStyleClass().remove(Styles.PRESENTATION);
            view.setRowsForPresentation(false);
            view.setSettingsShown(settingsBefore);
        }
        view.presentation.setSelected(on);
        charts.accept(on);
    }
}
