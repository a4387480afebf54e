package dev.descent.app;

import dev.descent.app.engine.Threads;
import dev.descent.charts.ChartPng;
import dev.descent.core.Format;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.io.AtomicFiles;
import dev.descent.io.HistoryCsv;
import dev.descent.io.OutputSet;
import dev.descent.io.DataFileException;
import dev.descent.io.HistoryCsv;
import dev.descent.io.OutputPaths;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads and writes files off the FX thread. The charts are copied on the FX thread (a copy is cheap;
 * rendering is not) and rendered on a background thread; the files of one export are written as a set
 * ({@link OutputSet}): all of them, or none.
 *
 * <p>Every job gets a thread of its own, so that one stuck on a slow or hung disk never holds back the
 * next. A job still running after {@link #PROGRESS_AFTER} shows in a small "Files" window with its
 * progress and a Cancel button; a cancelled job changes no file. A failure shows a dialog with the
 * reason; a bug goes to the crash handler ({@link Crashes}); the app keeps working either way.
 */
public final class Exporter implements AutoCloseable {
    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 1000;

    /** A job running longer than this shows its progress and a Cancel button. */
    static final javafx.util.Duration PROGRESS_AFTER = javafx.util.Duration.millis(400);

    private final Consumer<String> notice;
    private final Executor fx;
    private final AtomicInteger jobCount = new AtomicInteger();
    /** The jobs running now; FX thread. */
    private final ObservableList<Running> running = FXCollections.observableArrayList();
    private JobsWindow jobsWindow;
    private FileDialogs dialogs = FileDialogs.NATIVE;
    private Path lastFolder;

    /** @param notice shows a short confirmation (on the FX thread) */
    public Exporter(Consumer<String> notice) {
        this(notice, Platform::runLater);
    }

    /** With the FX thread's executor given: tests run its tasks at once. */
    Exporter(Consumer<String> notice, Executor fx) {
        this.notice = notice;
        this.fx = fx;
    }

    /** Replaces the file choosers (tests answer them themselves). */
    void useDialogs(FileDialogs replacement) {
        dialogs = replacement;
    }

    FileDialogs dialogs() {
        return dialogs;
    }

    /** The folder of the last export, where the next file chooser opens. */
    Path lastFolder() {
        return lastFolder;
    }

    /** The three charts as they were when export was asked for. */
    public record ChartSet(JFreeChart fit, JFreeChart cost, JFreeChart landscape) {
    }

    /** Asks for a folder and a size, then writes fit.png, cost.png and landscape.png there. */
    public void promptExportAll(Window owner, Supplier<ChartSet> charts) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export all charts");
        dialog.setHeaderText("Write fit.png, cost.png and landscape.png into a folder");
        TextField folder = new TextField(lastFolder != null ? lastFolder.toString() : System.getProperty("user.home"));
        folder.setPrefColumnCount(28);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File current = new File(folder.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        Spinner<Integer> width = new Spinner<>(200, 8000, DEFAULT_WIDTH, 100);
        Spinner<Integer> height = new Spinner<>(150, 8000, DEFAULT_HEIGHT, 100);
        width.setEditable(true);
        height.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Folder"), folder, browse);
        grid.addRow(1, new Label("Width (px)"), width);
        grid.addRow(2, new Label("Height (px)"), height);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            Path dir;
            try {
                dir = typedFolder(folder.getText());
            } catch (InvalidPathException e) {
                showError(folder.getText().trim() + ": not a usable folder name (" + e.getReason() + ")");
                return;
            }
            exportAll(charts.get(), dir, width.getValue(), height.getValue());
        }
    }

    /**
     * The folder a person typed: "~" is their home, and a relative name is taken from their home too
     * (the folder the app was started in means nothing in a dialog); blank is the home itself.
     */
    static Path typedFolder(String typed) {
        String t = typed.trim();
        Path home = Path.of(System.getProperty("user.home"));
        if (t.equals("~")) {
            return home;
        }
        if (t.startsWith("~/") || t.startsWith("~" + File.separator)) {
            return home.resolve(t.substring(2));
        }
        Path p = Path.of(t);
        return p.isAbsolute() ? p : home.resolve(p);
    }

    /**
     * Writes the three charts into {@code dir}, creating it (and its parents) if missing; completes on
     * the export thread, fails with the reason.
     */
    public CompletableFuture<List<Path>> exportAll(ChartSet charts, Path dir, int width, int height) {
        lastFolder = dir;
        return run("Exporting the charts to " + dir, progress -> {
            OutputPaths.prepareFolder(null, dir);
            List<Path> files = List.of(dir.resolve("fit.png"), dir.resolve("cost.png"), dir.resolve("landscape.png"));
            List<JFreeChart> drawn = List.of(charts.fit(), charts.cost(), charts.landscape());
            // The three pictures are one set: all are replaced, or none.
            try (OutputSet set = new OutputSet()) {
                for (int i = 0; i < files.size(); i++) {
                    JFreeChart chart = drawn.get(i);
                    set.write(null, files.get(i), out -> ChartPng.writePng(out, chart, width, height));
                    progress.done(i + 1, files.size());
                }
                set.commit();
            }
            return files;
        }, files -> "Exported " + files.size() + " charts (" + width + "×" + height + ") to " + dir);
    }

    /**
     * Asks for a file name and writes a run's history: epoch, parameters after it, cost before it. Past
     * 16,384 epochs the window keeps the first and the newest 1,024 and every n-th between;
     * {@code complete} false says so in the notice
     * ({@code train --csv} writes every epoch of any run).
     */
    public void promptExportCsv(Window owner, List<String> names, List<EpochSnapshot> epochs, boolean complete) {
        if (epochs.isEmpty()) {
            notice.accept("No epochs to export yet: play or step the run first");
            return;
        }
        dialogs.save(owner, "Export the run's history as CSV", lastFolder, "history.csv", "CSV file", "*.csv")
                .ifPresent(file -> exportCsv(names, epochs, complete, file));
    }

    public CompletableFuture<List<Path>> exportCsv(List<String> names, List<EpochSnapshot> epochs, boolean complete,
                                                   Path file) {
        lastFolder = file.toAbsolutePath().getParent();
        List<EpochSnapshot> copy = List.copyOf(epochs);
        return run("Exporting the history to " + file.getFileName(), progress -> {
            HistoryCsv.write(file, names, copy);
            return List.of(file);
        }, files -> "Exported " + Format.count(copy.size()) + " epochs to " + file.getFileName()
                + (complete ? "" : " (a long run: every n-th epoch between the first and the newest 1,024; train --csv writes them all)"));
    }

    /** Asks for a file name and writes one chart. */
    public void promptExportChart(Window owner, JFreeChart copy, String suggestedName) {
        dialogs.save(owner, "Export chart as PNG", lastFolder, suggestedName, "PNG image", "*.png")
                .ifPresent(file -> exportChart(copy, file, DEFAULT_WIDTH, DEFAULT_HEIGHT));
    }

    public CompletableFuture<List<Path>> exportChart(JFreeChart copy, Path file, int width, int height) {
        lastFolder = file.toAbsolutePath().getParent();
        return run("Exporting " + file.getFileName(), progress -> {
            AtomicFiles.write(file, out -> ChartPng.writePng(out, copy, width, height));
            return List.of(file);
        }, files -> "Exported " + file.getFileName());
    }

    /**
     * Runs a write on a thread of its own; reports success as a notice, a refused or failed write as a
     * dialog, a cancelled one as a notice (nothing was changed), and a bug to the crash handler.
     */
    public CompletableFuture<List<Path>> run(String title, Job job,
                                             java.util.function.Function<List<Path>, String> success) {
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        start(title, progress -> {
            try {
                List<Path> files = job.run(progress);
                done.complete(files);
                fx.execute(() -> notice.accept(success.apply(files)));
            } catch (CancellationException e) {
                done.completeExceptionally(e);
                fx.execute(() -> notice.accept("Cancelled: " + title + " (no file was changed)"));
            } catch (DataFileException e) {
                if (progress.isCancelled()) {
                    // Cancelled in the middle of a write, which the interrupt cut short.
                    done.completeExceptionally(new CancellationException(title));
                    fx.execute(() -> notice.accept("Cancelled: " + title + " (no file was changed)"));
                    return;
                }
                done.completeExceptionally(e);
                fx.execute(() -> showError(e.getMessage()));
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                throw e;
            }
        });
        return done;
    }

    /** A piece of file work, which reports its progress and stops when it is cancelled. */
    @FunctionalInterface
    public interface Job {
        List<Path> run(Progress progress) throws DataFileException;
    }

    /** What a job tells the window as it goes, and how it learns that it was cancelled. */
    public interface Progress {
        /**
         * {@code done} of {@code total} steps are complete.
         *
         * @throws CancellationException if the job was cancelled: the job stops there, and its
         *                               {@link OutputSet} is closed without a commit
         */
        void done(int done, int total);
    }

    /** A job running now: its title, its progress (0 to 1, or -1 while unknown), and its thread. */
    static final class Running implements Progress {
        final String title;
        final javafx.beans.property.DoubleProperty fraction = new javafx.beans.property.SimpleDoubleProperty(-1);
        private final Executor fx;
        private volatile boolean cancelled;
        private volatile Thread thread;

        Running(String title, Executor fx) {
            this.title = title;
            this.fx = fx;
        }

        @Override
        public void done(int done, int total) {
            if (cancelled) {
                throw new CancellationException(title);
            }
            double f = total > 0 ? Math.min(1, (double) done / total) : -1;
            fx.execute(() -> fraction.set(f));
        }

        /** Asks the job to stop at its next step, and wakes it if it waits. */
        void cancel() {
            cancelled = true;
            Thread t = thread;
            if (t != null) {
                t.interrupt();
            }
        }

        boolean isCancelled() {
            return cancelled;
        }
    }

    /** The jobs running now (FX thread). */
    ObservableList<Running> running() {
        return running;
    }

    /** Starts {@code body} on a new thread, listed in {@link #running} while it runs. */
    private void start(String title, Consumer<Running> body) {
        Running job = new Running(title, fx);
        fx.execute(() -> {
            running.add(job);
            showProgressLater(job);
        });
        Thread t = Threads.daemon("descent-file-" + jobCount.incrementAndGet(), () -> {
            try {
                body.accept(job);
            } finally {
                fx.execute(() -> running.remove(job));
            }
        });
        job.thread = t;
        t.start();
    }

    /** Shows the "Files" window if {@code job} is still running after {@link #PROGRESS_AFTER}. */
    private void showProgressLater(Running job) {
        if (!Platform.isFxApplicationThread()) {
            return; // tests without a toolkit: nothing to show
        }
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(PROGRESS_AFTER);
        wait.setOnFinished(e -> {
            if (running.contains(job)) {
                if (jobsWindow == null) {
                    jobsWindow = new JobsWindow(running);
                }
                jobsWindow.show();
            }
        });
        wait.play();
    }

    private void showError(String reason) {
        notice.accept("Export failed");
        errors.report("Export failed", "The export did not complete; no partial file was left behind", reason);
    }

    /** How a failure reaches the user: a dialog in the window; tests record it instead. */
    @FunctionalInterface
    interface Errors {
        void report(String title, String header, String reason);

        Errors DIALOG = (title, header, reason) -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, reason, ButtonType.OK);
            alert.setTitle(title);
            alert.setHeaderText(header);
            alert.show();
        };
    }

    private Errors errors = Errors.DIALOG;

    void useErrors(Errors replacement) {
        errors = replacement;
    }

    /** Reading work: a file in, a value out, or a DataFileException saying what is wrong and where. */
    @FunctionalInterface
    public interface Reader<T> {
        T read() throws DataFileException;
    }

    /**
     * Reads on the file thread and hands the value to {@code onLoaded} on the FX thread; a failure shows
     * the reason and changes nothing.
     */
    public <T> CompletableFuture<T> load(String what, Reader<T> reader, Consumer<T> onLoaded) {
        CompletableFuture<T> done = new CompletableFuture<>();
        start("Opening " + what, progress -> {
            try {
                T value = reader.read();
                fx.execute(() -> {
                    if (progress.isCancelled()) {
                        done.completeExceptionally(new CancellationException("opening " + what));
                        notice.accept("Cancelled: opening " + what + " (nothing was changed)");
                        return;
                    }
                    try {
                        onLoaded.accept(value);
                        notice.accept("Opened " + what);
                        done.complete(value);
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                        errors.report("Could not open " + what, "Nothing was changed", e.getMessage());
                    }
                });
            } catch (DataFileException e) {
                done.completeExceptionally(e);
                if (progress.isCancelled()) {
                    fx.execute(() -> notice.accept("Cancelled: opening " + what + " (nothing was changed)"));
                    return;
                }
                fx.execute(() -> {
                    notice.accept("Could not open " + what);
                    errors.report("Could not open " + what, "Nothing was changed", e.getMessage());
                });
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                throw e;
            }
        });
        return done;
    }

    /** Cancels every job still running (the window is closing): none of them changes a file. */
    @Override
    public void close() {
        for (Running job : List.copyOf(running)) {
            job.cancel();
        }
        if (jobsWindow != null) {
            jobsWindow.close();
        }
    }
}
