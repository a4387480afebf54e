package dev.descent.app.view;

/** Style-class names used by the views and the stylesheet (descent.css). */
public final class Styles {
    public static final String VALUE_FIELD = "value-field";
    public static final String INVALID = "invalid";
    public static final String LIMIT_MARK = "limit-mark";
    public static final String LIMIT_LABEL = "limit-label";
    public static final String STATUS = "status-line";
    public static final String STATUS_DIVERGED = "status-diverged";
    public static final String STATUS_INVALID = "status-invalid";
    public static final String SECTION = "section-title";
    public static final String CONTROLS = "controls";
    public static final String LOG = "log-pane";
    public static final String PRIMARY = "primary";
    /** A short line of explanation under a chart. */
    public static final String NOTE = "chart-note";

    private Styles() {
    }
}
