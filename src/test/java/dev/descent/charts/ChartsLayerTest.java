package dev.descent.charts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code charts} and {@code io} both sit on the core and do not use each other: charts draw into
 * images and streams, io writes files (all or nothing, as a set), and {@code cli} and {@code app} join
 * the two. Scans the sources (Maven runs tests from the project folder).
 */
class ChartsLayerTest {
    private static final Pattern USES_IO = Pattern.compile("\\bdev\\.descent\\.io\\.");
    private static final Pattern USES_CHARTS = Pattern.compile("\\bdev\\.descent\\.charts\\.");

    private static List<String> uses(String pkg, Pattern forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/descent", pkg))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() >= 5, "found the sources of " + pkg + ": " + sources);
        for (Path source : sources) {
            String code = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            if (forbidden.matcher(code).find()) {
                found.add(source.toString());
            }
        }
        return found;
    }

    @Test
    void chartsDoNotUseIo() throws IOException {
        assertEquals(List.of(), uses("charts", USES_IO));
    }

    @Test
    void ioDoesNotUseCharts() throws IOException {
        assertEquals(List.of(), uses("io", USES_CHARTS));
    }
}
