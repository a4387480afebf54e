package dev.descent.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowSizeTest {
    @TempDir
    Path dir;

    @Test
    void opensAtTheDefaultOrTheRememberedSizeFittedToTheScreen() {
        assertEquals(new WindowSize(1280, 800), WindowSize.toOpen(Optional.empty(), 1920, 1050));
        assertEquals(new WindowSize(1280, 720), WindowSize.toOpen(Optional.empty(), 1280, 720), "a projector's screen");
        assertEquals(new WindowSize(1700, 1000), WindowSize.toOpen(Optional.of(new WindowSize(1700, 1000)), 1920, 1050));
        assertEquals(new WindowSize(1920, 1050), WindowSize.toOpen(Optional.of(new WindowSize(3000, 2000)), 1920, 1050));
        assertEquals(new WindowSize(1024, 700), WindowSize.toOpen(Optional.of(new WindowSize(300, 200)), 1920, 1050),
                "never smaller than the layout is made for");
        assertEquals(new WindowSize(1000, 600), WindowSize.smallestOn(1000, 600), "unless the screen is smaller");
    }

    @Test
    void remembersTheSizeInTheAppDataFolder() throws Exception {
        Path file = dir.resolve("nested").resolve(WindowSize.FILE);
        new WindowSize(1500.4, 900).save(file);
        assertEquals(Optional.of(new WindowSize(1500, 900)), WindowSize.load(file));
        assertEquals(Optional.empty(), WindowSize.load(dir.resolve("missing.properties")));
        Files.writeString(file, "width=wide\nheight=900\n");
        assertEquals(Optional.empty(), WindowSize.load(file), "a damaged file means the default size");
        assertEquals(Path.of(System.getProperty("descent.data.dir")).toAbsolutePath().resolve(WindowSize.FILE),
                WindowSize.file(), "the tests' own folder");
    }
}
