package dev.descent.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Descent keeps what it writes for itself, not for the user: the autosaved workspace, the
 * window's size, crash logs. The system property {@value #PROPERTY} (or the environment variable
 * {@value #ENV}) names another folder, so that tests and a second copy of the app keep their own.
 * Otherwise it is the platform's usual place: {@code %APPDATA%\Descent} on Windows,
 * {@code ~/Library/Application Support/Descent} on macOS, {@code $XDG_DATA_HOME/descent} (by default
 * {@code ~/.local/share/descent}) elsewhere. The folder is not created here: a writer makes it when it
 * first writes.
 */
public final class AppDataFolder {
    public static final String PROPERTY = "descent.data.dir";
    public static final String ENV = "DESCENT_DATA_DIR";

    private AppDataFolder() {
    }

    /** The folder for this process, from the property, the environment, or the platform's default. */
    public static Path path() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getenv(ENV);
        }
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        return platformDefault(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv("APPDATA"), System.getenv("XDG_DATA_HOME"));
    }

    /** The platform's usual place, from the OS name, the home folder and the two variables that move it. */
    static Path platformDefault(String osName, String home, String appData, String xdgDataHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Descent");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Descent");
        }
        Path base = xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome) : Path.of(home, ".local", "share");
        return base.resolve("descent");
    }
}
