package dev.descent.app;

import dev.descent.io.DataFileException;
import dev.descent.io.OutputPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExporterFolderTest {
    private static final Path HOME = Path.of(System.getProperty("user.home"));

    @Test
    void aTypedFolderIsTakenFromTheHomeUnlessItIsAbsolute() {
        assertEquals(HOME, Exporter.typedFolder("~"));
        assertEquals(HOME.resolve("slides/week 3"), Exporter.typedFolder("  ~/slides/week 3 "));
        assertEquals(HOME.resolve("slides"), Exporter.typedFolder("slides"));
        assertEquals(HOME, Exporter.typedFolder("   "));
        assertEquals(Path.of("/tmp/charts"), Exporter.typedFolder("/tmp/charts"));
    }

    @Test
    void aMissingFolderIsCreatedAndAFileInTheWayIsNamed(@TempDir Path dir) throws Exception {
        Path nested = dir.resolve("lecture 1").resolve("charts");
        OutputPaths.prepareFolder(null, nested);
        assertTrue(Files.isDirectory(nested));
        try (var listing = Files.list(nested)) {
            assertEquals(0, listing.count(), "the write check leaves nothing behind");
        }
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        DataFileException e = assertThrows(DataFileException.class,
                () -> OutputPaths.prepareFolder(null, file.resolve("charts")));
        assertEquals(file.resolve("charts") + ": the folder cannot be created because " + file + " is a file",
                e.getMessage());
    }
}
