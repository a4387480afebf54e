package dev.descent.app;

import dev.descent.io.AppDataFolder;
import dev.descent.io.AtomicFiles;
import dev.descent.io.DataFileException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The window's size: what it opens at (the size it had when last closed, or a default, either one
 * shrunk to the screen it opens on) and where that is remembered ({@value #FILE} in
 * {@link AppDataFolder#path()}). A missing or unreadable file only means the default size.
 */
record WindowSize(double width, double height) {
    static final String FILE = "window.properties";
    /** The size the window opens at the first time, on a screen large enough. */
    static final WindowSize DEFAULT = new WindowSize(1280, 800);
    /** The smallest the window is made (or the screen, if smaller): the layout is laid out for it. */
    static final WindowSize SMALLEST = new WindowSize(1024, 700);

    /**
     * The size to open at on a screen whose usable area is {@code screenWidth} × {@code screenHeight}:
     * the remembered or default size, no larger than the screen and no smaller than {@link #SMALLEST}
     * (unless the screen is).
     */
    static WindowSize toOpen(Optional<WindowSize> remembered, double screenWidth, double screenHeight) {
        WindowSize wanted = remembered.orElse(DEFAULT);
        double w = Math.min(Math.max(wanted.width, SMALLEST.width), screenWidth);
        double h = Math.min(Math.max(wanted.height, SMALLEST.height), screenHeight);
        return new WindowSize(Math.floor(w), Math.floor(h));
    }

    /** The smallest the window may be made on a screen of this size. */
    static WindowSize smallestOn(double screenWidth, double screenHeight) {
        return new WindowSize(Math.min(SMALLEST.width, screenWidth), Math.min(SMALLEST.height, screenHeight));
    }

    /** The file the size is kept in. */
    static Path file() {
        return AppDataFolder.path().resolve(FILE);
    }

    /** The size remembered in {@code file}; empty when there is none or it cannot be read. */
    static Optional<WindowSize> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            double w = Double.parseDouble(p.getProperty("width", ""));
            double h = Double.parseDouble(p.getProperty("height", ""));
            return w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h)
                    ? Optional.of(new WindowSize(w, h)) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes this size into {@code file} (whole or not at all), making its folder if needed. */
    void save(Path file) throws DataFileException {
        Properties p = new Properties();
        p.setProperty("width", Long.toString(Math.round(width)));
        p.setProperty("height", Long.toString(Math.round(height)));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Descent's window size when it was last closed");
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot write the window size (" + e.getMessage() + ")", e);
        }
        AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
