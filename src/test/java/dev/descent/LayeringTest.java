package dev.descent;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages' layers, read from the sources' imports (and fully qualified names): core at the bottom;
 * lecture, io and charts on it; workspace on those; cli and app on top. A package uses only layers
 * below its own, so there are no cycles and nothing reaches back down. Inside app, the views
 * ({@code app.view}) do not use the app package that drives them.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "descent");

    /** Each top-level package's layer: a package may use only packages of lower layers. */
    private static final Map<String, Integer> LAYER = Map.of(
            "core", 0,
            "lecture", 1, "io", 1, "charts", 1,
            "workspace", 2,
            "cli", 3, "app", 3);

    /**
     * Edges allowed beside the layers. {@code app → cli}: the launcher hands the window to the command
     * line's probe through the {@code cli.WindowProbe} interface, so that cli never loads JavaFX.
     */
    private static final Set<String> ALLOWED = Set.of("app -> cli");

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?dev\\.descent\\.([\\w.]+)",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.descent\\.([a-z]\\w*(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    /** Source package (dotted, under dev.descent) → the packages it uses, each as "pkg -> used: File.java". */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                String code = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                Set<String> used = edges.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(code);
                while (m.find()) {
                    String name = m.group(1);
                    used.add(name.substring(0, name.lastIndexOf('.')).replaceAll("\\.[A-Z].*", ""));
                }
                Matcher q = QUALIFIED.matcher(code.replaceAll("(?m)^\\s*(package|import)\\s.*$", ""));
                while (q.find()) {
                    used.add(q.group(1));
                }
                used.remove(from);
            }
        }
        return edges;
    }

    private static String top(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    @Test
    void theScanSeesEveryPackage() throws IOException {
        Map<String, Set<String>> edges = uses();
        assertTrue(edges.keySet().containsAll(List.of("core", "core.optim", "lecture", "io", "charts", "workspace",
                "cli", "app", "app.view", "app.engine")), edges.keySet().toString());
        assertTrue(edges.get("app").contains("workspace"), "app uses the workspace: " + edges.get("app"));
        for (String pkg : edges.keySet()) {
            assertTrue(LAYER.containsKey(top(pkg)), "a package with no layer: " + pkg + "; give it one here");
        }
    }

    @Test
    void everyPackageUsesOnlyLayersBelowItsOwn() throws IOException {
        List<String> wrong = new ArrayList<>();
        uses().forEach((from, used) -> {
            for (String to : used) {
                String edge = top(from) + " -> " + top(to);
                if (top(from).equals(top(to)) || ALLOWED.contains(edge)) {
                    continue;
                }
                if (!(LAYER.get(top(to)) < LAYER.get(top(from)))) {
                    wrong.add(from + " uses " + to);
                }
            }
        });
        assertEquals(List.of(), wrong, "back-edges or edges within a layer");
    }

    @Test
    void theViewsDoNotUseTheAppThatDrivesThem() throws IOException {
        Set<String> used = uses().get("app.view");
        assertTrue(used.stream().noneMatch(to -> to.equals("app") || to.equals("app.engine")), "app.view uses " + used);
    }

    @Test
    void theEdgesAllowedBesideTheLayersMakeNoCycle() {
        // app → cli runs one way only: cli is on the same layer and must never use app (it stays headless).
        for (String edge : ALLOWED) {
            String[] ends = edge.split(" -> ");
            assertTrue(!ALLOWED.contains(ends[1] + " -> " + ends[0]), edge);
        }
    }

    @Test
    void theCheckCatchesABackEdge() {
        Matcher m = IMPORT.matcher("package dev.descent.core;\nimport dev.descent.app.view.MainView;\n");
        assertTrue(m.find());
        assertEquals("app.view.MainView", m.group(1));
        Matcher q = QUALIFIED.matcher("var x = new dev.descent.workspace.Workspace(null);");
        assertTrue(q.find());
        assertEquals("workspace", q.group(1));
    }
}
