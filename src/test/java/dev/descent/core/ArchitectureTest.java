package dev.descent.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core is plain Java: no JavaFX, and nothing from the packages built on top of it. Scans the
 * source files (Maven runs tests from the project folder).
 */
class ArchitectureTest {
    private static final Path CORE = Path.of("src", "main", "java", "dev", "descent", "core");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(javafx\\.|dev\\.descent\\.(app|io|cli|charts|lecture)\\.)");

    private static List<Path> coreSources() throws IOException {
        try (Stream<Path> files = Files.walk(CORE)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> violations(Pattern forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : coreSources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                if (forbidden.matcher(m.group(2)).lookingAt()) {
                    found.add(file + ": import " + m.group(2));
                }
            }
            // A fully qualified use without an import counts too.
            String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            Matcher q = QUALIFIED.matcher(code);
            while (q.find()) {
                if (forbidden.matcher(q.group(1)).lookingAt()) {
                    found.add(file + ": uses " + q.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void theScanSeesTheCore() throws IOException {
        List<Path> files = coreSources();
        assertTrue(files.size() >= 20, "found " + files.size() + " core sources under " + CORE.toAbsolutePath());
        assertTrue(files.stream().anyMatch(p -> p.endsWith(Path.of("train", "Trainer.java"))));
    }

    @Test
    void coreDoesNotImportJavaFx() throws IOException {
        List<String> v = violations(Pattern.compile("javafx\\."));
        assertTrue(v.isEmpty(), String.join("\n", v));
    }

    /** app, io, cli, charts and lecture. */
    @Test
    void coreDoesNotDependOnTheOuterPackages() throws IOException {
        List<String> v = violations(Pattern.compile("dev\\.descent\\.(app|io|cli|charts|lecture)\\."));
        assertTrue(v.isEmpty(), String.join("\n", v));
    }

    /** The workspace (what the window edits, and its rules) is plain Java too: no JavaFX. */
    @Test
    void workspaceDoesNotImportJavaFx() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "dev", "descent", "workspace"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                if (code.contains("javafx.")) {
                    found.add(file.toString());
                }
            }
        }
        assertTrue(found.isEmpty(), "JavaFX in the workspace: " + found);
    }

    @Test
    void theCheckItselfCatchesAnImport() {
        Matcher m = IMPORT.matcher("package x;\nimport javafx.scene.control.Label;\nimport static dev.descent.io.DataCsv.read;\n");
        List<String> imports = new ArrayList<>();
        while (m.find()) {
            imports.add(m.group(2));
        }
        assertTrue(imports.contains("javafx.scene.control.Label") && imports.contains("dev.descent.io.DataCsv.read"),
                imports.toString());
    }
}
