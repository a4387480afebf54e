package dev.descent.app;

import dev.descent.io.CrashLog;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What happens when a bug escapes on any thread: the stack trace goes to a crash log in the
 * application-data folder ({@link CrashLog}), and the person gets one sentence and that file's path: in
 * the window, a dialog with a "Copy details" button that puts the trace on the clipboard; without a
 * window, one line on standard error. The app goes on where it can: the thread that failed ends, the
 * others (and the window) carry on.
 */
final class Crashes implements Thread.UncaughtExceptionHandler {
    /** What a crash shows the person. */
    record Report(String thread, String summary, String details, Optional<Path> log) {
        /** The dialog's text: what went wrong, where the details are, and that the app goes on. */
        String text() {
            return summary + "\n\n" + log.map(p -> "The details are saved in " + p + ".")
                    .orElse("The details could not be saved; use Copy details to keep them.")
                    + "\nDescent goes on; if something looks wrong, save your session and restart.";
        }
    }

    /** At most this many crash dialogs are open at once; further crashes are only logged. */
    static final int MAX_DIALOGS = 3;

    private final Consumer<Report> show;
    private final Consumer<Report> fallback;
    private final AtomicInteger open = new AtomicInteger();

    /**
     * @param show     shows a report to the person (called on the thread that crashed)
     * @param fallback tells the person when {@code show} cannot, or when too many dialogs are open
     */
    Crashes(Consumer<Report> show, Consumer<Report> fallback) {
        this.show = show;
        this.fallback = fallback;
    }

    /** The window's handler: crash dialogs on the FX thread, one line on standard error as a fallback. */
    static Crashes forWindow() {
        Crashes[] self = new Crashes[1];
        self[0] = new Crashes(report -> Platform.runLater(() -> self[0].dialog(report)), oneLine(System.err));
        return self[0];
    }

    /** The command line's handler: one line on {@code err} naming the crash log. */
    static Crashes forCommandLine(PrintStream err) {
        return new Crashes(oneLine(err), oneLine(err));
    }

    static Consumer<Report> oneLine(PrintStream err) {
        return report -> {
            err.println("descent: internal error, please report it: " + report.summary()
                    + report.log().map(p -> " (details in " + p + ")").orElse(""));
            err.flush();
        };
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        Report report = new Report(thread.getName(), CrashLog.summary(error), CrashLog.details(error),
                CrashLog.write(thread, error));
        try {
            if (open.get() < MAX_DIALOGS) {
                show.accept(report);
            } else {
                fallback.accept(report);
            }
        } catch (RuntimeException | LinkageError e) {
            // The toolkit is gone or never started: the person still hears of it.
            fallback.accept(report);
        }
    }

    /**
     * The crash dialog; FX thread. Not modal to the runs: they go on behind it. If the dialog itself
     * cannot be made, the crash goes to the fallback (never back here, which could loop).
     */
    void dialog(Report report) {
        try {
            showDialog(report);
        } catch (RuntimeException e) {
            fallback.accept(report);
        }
    }

    private void showDialog(Report report) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Descent: something went wrong");
        alert.setHeaderText("Something went wrong inside Descent");
        alert.setContentText(report.text());
        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.OK);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText("Copied");
            e.consume(); // copying does not close the dialog
        });
        alert.getDialogPane().setId("crash-dialog");
        open.incrementAndGet();
        alert.setOnHidden(e -> open.decrementAndGet());
        alert.show();
    }
}
