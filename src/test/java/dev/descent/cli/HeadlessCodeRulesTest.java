package dev.descent.cli;

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
 * The headless packages must load without JavaFX and handle errors properly: no {@code javafx} import in
 * {@code dev.descent.cli} or {@code dev.descent.io}, no {@code printStackTrace}, no empty catch block.
 * Reads the sources of this project (the test runs from the project folder).
 */
class HeadlessCodeRulesTest {
    private static final Pattern EMPTY_CATCH = Pattern.compile("catch\\s*\\([^)]*\\)\\s*\\{\\s*}");

    @Test
    void headlessPackagesFollowTheRules() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String pkg : List.of("src/main/java/dev/descent/cli", "src/main/java/dev/descent/io")) {
            try (Stream<Path> s = Files.walk(Path.of(pkg))) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        assertTrue(sources.size() >= 8, "found the sources: " + sources);
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            String text = Files.readString(source);
            if (text.contains("import javafx") || text.contains("javafx.")) {
                problems.add(source + " uses JavaFX");
            }
            if (text.contains("printStackTrace")) {
                problems.add(source + " calls printStackTrace");
            }
            if (EMPTY_CATCH.matcher(text).find()) {
                problems.add(source + " has an empty catch block");
            }
        }
        assertEquals(List.of(), problems);
    }
}
