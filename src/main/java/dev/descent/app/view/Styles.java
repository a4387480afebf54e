package dev.descent.app.view;

/** Style-class names used by the views and the stylesheet (descent.css). */
public final class Styles {
    public static final String VALUE_FIELD = "value-field";
    public static final String INVALID = "invalid";
    public static final String LIMIT_MARK = "limit-mark";
    public static final String LIMIT_LABEL = "limit-label";
    public static final String DECADE_TICK = "decade-tick";
    public static final String STATUS = "status-line";
    public static final String STATUS_DIVERGED = "status-diverged";
    public static final String STATUS_INVALID = "status-invalid";
    public static final String SECTION = "section-title";
    public static final String CONTROLS = "controls";
    public static final String LOG = "log-pane";
    public static final String PRIMARY = "primary";
    /** A short line of explanation under a chart. */
    public static final String NOTE = "chart-note";
    /** The line of one-off notes under the toolbar. */
    public static final String NOTE_BAR = "note-bar";
    /** Behind a chart: the theme's background. */
    public static final String CHART_PLACE = "chart-place";
    /** On the window's root in presentation mode: large text. */
    public static final String PRESENTATION = "presentation";
    /** On the window's root with the dark theme. */
    public static final String DARK = "dark";
    /** The update rule with numbers: one monospaced line per step of the rule. */
    public static final String EXPLANATION = "explanation";
    /** A run's button in the runs bar; with {@link #runColor} for its colour. */
    public static final String RUN_BUTTON = "run-button";

    /** The style class giving run {@code i} its colour (the charts use the same four). */
    public static String runColor(int i) {
        return "run-" + Math.floorMod(i, 4);
    }

    private Styles() {
    }
}
