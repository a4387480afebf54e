package dev.descent.app;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crash dialog, headless: one sentence and the log's path; Copy details puts the trace on the clipboard. */
class CrashDialogTest extends ApplicationTest {
    private final Crashes crashes = new Crashes(r -> { }, r -> { });

    @Override
    public void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theDialogSaysWhatWentWrongWhereTheLogIsAndCopiesTheDetails() {
        Path log = Path.of("/tmp/descent/crash-1.log");
        String details = "java.lang.IllegalStateException: broken\n\tat dev.descent.app.X.y(X.java:1)\n";
        interact(() -> crashes.dialog(new Crashes.Report("descent-file-1", "IllegalStateException: broken", details,
                Optional.of(log))));

        DialogPane pane = lookup("#crash-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().startsWith("IllegalStateException: broken"), pane.getContentText());
        assertTrue(pane.getContentText().contains(log.toString()), pane.getContentText());
        assertFalse(pane.getContentText().contains("\tat "), "no trace in the dialog");
        clickOn("Copy details");
        String[] copied = new String[1];
        interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(details, copied[0]);
        assertTrue(lookup("#crash-dialog").tryQuery().isPresent(), "copying leaves the dialog open");
        assertEquals("Copied", lookup("Copied").queryAs(Button.class).getText());
    }
}
