package dev.descent.app;

import dev.descent.charts.ChartTheme;

import java.util.Locale;

/**
 * The window's two looks: light, and dark for a projector in a dim room. Each is an AtlantaFX theme
 * for the controls and a {@link ChartTheme} for the charts, which follow it (and so do their
 * exports). The theme to open with can be named by the system property {@value #PROPERTY}.
 *
 * <p>The stylesheets are named by their place in the AtlantaFX jar, the paths its {@code PrimerLight}
 * and {@code PrimerDark} return from {@code getUserAgentStylesheet()}: AtlantaFX 2.1.0's classes are
 * compiled for Java 21, and Descent runs on Java 17, so it uses the library's stylesheets and none of
 * its classes.
 */
public enum Theme {
    LIGHT("/atlantafx/base/theme/primer-light.css", ChartTheme.LIGHT),
    DARK("/atlantafx/base/theme/primer-dark.css", ChartTheme.DARK);

    /** {@code -Ddescent.theme=dark} opens the window dark. */
    public static final String PROPERTY = "descent.theme";

    private final String stylesheet;
    private final ChartTheme charts;

    Theme(String stylesheet, ChartTheme charts) {
        this.stylesheet = stylesheet;
        this.charts = charts;
    }

    /** The AtlantaFX user-agent stylesheet of the controls. */
    public String stylesheet() {
        return stylesheet;
    }

    /** The charts' colours. */
    public ChartTheme charts() {
        return charts;
    }

    /** The theme a property value names ("dark", any case, or anything else for light). */
    public static Theme named(String value) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("dark") ? DARK : LIGHT;
    }

    /** The theme to open with: the property's, else light. */
    public static Theme atStart() {
        return named(System.getProperty(PROPERTY));
    }
}
