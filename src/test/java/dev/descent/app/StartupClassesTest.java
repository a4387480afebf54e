package dev.descent.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupClassesTest {
    @Test
    void theListedClassesStillExistSoTheListDoesNotRot() {
        List<String> names = StartupClasses.names();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (StartupClasses.load(List.of(name)) != 0) {
                missing.add(name);
            }
        }
        // A renamed class or two only loads a little later; a list gone stale (a new JavaFX) is regenerated.
        assertTrue(missing.size() <= names.size() / 50, missing.size() + " of " + names.size()
                + " listed classes are gone (run src/build/startup-classes.sh): "
                + missing.subList(0, Math.min(10, missing.size())));
    }

    @Test
    void theListHasTheWindowsOwnClassesOnceEach() {
        List<String> names = StartupClasses.names();
        assertTrue(names.size() > 1000, names.size() + " classes");
        assertEquals(names.size(), new HashSet<>(names).size(), "no class twice");
        for (Class<?> c : List.of(DescentApp.class, MainController.class, dev.descent.app.view.MainView.class,
                dev.descent.charts.CostChart.class, dev.descent.charts.FitChart.class,
                dev.descent.charts.LandscapeChart.class, javafx.scene.control.skin.ComboBoxListViewSkin.class,
                org.jfree.chart.JFreeChart.class)) {
            assertTrue(names.contains(c.getName()), c.getName());
        }
        assertTrue(names.stream().noneMatch(n -> n.startsWith("picocli.") || n.startsWith("dev.descent.cli.")),
                "the command line's classes are not the window's");
    }

    @Test
    void aNameThatIsNotAClassIsSkippedAndCounted() {
        assertEquals(1, StartupClasses.load(List.of("dev.descent.app.NoSuchClass", "java.lang.String")));
    }
}
