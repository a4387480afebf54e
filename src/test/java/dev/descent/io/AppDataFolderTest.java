package dev.descent.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppDataFolderTest {

    @Test
    void eachPlatformHasItsUsualPlace() {
        assertEquals(Path.of("C:/Users/ann/AppData/Roaming", "Descent"),
                AppDataFolder.platformDefault("Windows 11", "C:/Users/ann", "C:/Users/ann/AppData/Roaming", null));
        assertEquals(Path.of("/Users/ann", "Library", "Application Support", "Descent"),
                AppDataFolder.platformDefault("Mac OS X", "/Users/ann", null, null));
        assertEquals(Path.of("/home/ann/.local/share/descent"),
                AppDataFolder.platformDefault("Linux", "/home/ann", null, null));
        assertEquals(Path.of("/data/ann/descent"),
                AppDataFolder.platformDefault("Linux", "/home/ann", null, "/data/ann"));
    }

    @Test
    void aRelativeXdgFolderIsIgnoredAsTheSpecificationAsks() {
        assertEquals(Path.of("/home/ann/.local/share/descent"),
                AppDataFolder.platformDefault("Linux", "/home/ann", null, "relative/place"));
    }

    @Test
    void thePropertyMovesTheFolder() {
        String before = System.getProperty(AppDataFolder.PROPERTY);
        try {
            System.setProperty(AppDataFolder.PROPERTY, "/tmp/descent-test-home");
            assertEquals(Path.of("/tmp/descent-test-home"), AppDataFolder.path());
        } finally {
            if (before == null) {
                System.clearProperty(AppDataFolder.PROPERTY);
            } else {
                System.setProperty(AppDataFolder.PROPERTY, before);
            }
        }
    }
}
