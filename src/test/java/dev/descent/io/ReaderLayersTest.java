package dev.descent.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code io} and {@code lecture} both sit on the core and do not use each other: the lectures read their
 * bundled data through the core, and a session keeps its preset id and log style as plain values.
 * Scans the sources, imports and fully qualified names both.
 */
class ReaderLayersTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "descent");

    private static List<String> uses(String from, String to) throws IOException {
        Pattern use = Pattern.compile("\\bdev\\.descent\\." + to + "\\.");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(from))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8)
                        .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                if (use.matcher(code).find()) {
                    found.add(f.toString());
                }
            }
        }
        return found;
    }

    @Test
    void lectureDoesNotUseIo() throws IOException {
        assertEquals(List.of(), uses("lecture", "io"));
    }

    @Test
    void ioDoesNotUseLecture() throws IOException {
        assertEquals(List.of(), uses("io", "lecture"));
    }

    @Test
    void theScanSeesAUse() throws IOException {
        assertTrue(uses("cli", "io").size() > 0, "cli uses io, and the scan sees it");
    }
}
