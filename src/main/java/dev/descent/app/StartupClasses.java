package dev.descent.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the classes the window needs as it opens ({@code startup-classes.txt}, in the order it
 * needs them) on a second thread, while the first thread starts the JVM and the toolkit. Opening the
 * window loads about 2,500 classes from the jar; with a second processor, reading and defining most of
 * them happens before the window asks for them (BENCH.md has the measurements). Classes are only
 * loaded, not initialised: static initialisers keep their usual thread and order (two threads
 * initialising classes that refer to each other can deadlock, and JavaFX's controls must initialise
 * on the toolkit's terms). A class the list names that does not exist is skipped;
 * {@code StartupClassesTest} fails once more than a few are, and {@code src/build/startup-classes.sh}
 * regenerates the list.
 */
final class StartupClasses {
    static final String RESOURCE = "startup-classes.txt";

    private StartupClasses() {
    }

    /** Starts loading the listed classes on a daemon thread, and returns that thread. */
    static Thread loadInBackground() {
        Thread t = dev.descent.app.engine.Threads.daemon("descent-preload", () -> load(names()));
        t.start();
        return t;
    }

    /** Loads each named class without initialising it; returns how many could not be loaded. */
    static int load(List<String> names) {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        int missing = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        return missing;
    }

    /** The class names in the list, in order (empty if the list is not there). */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = StartupClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
