package dev.descent.app;

import dev.descent.charts.ChartPng;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.io.AtomicFiles;
import dev.descent.io.HistoryCsv;
import dev.descent.io.OutputSet;
import dev.descent.io.DataFileException;
import dev.descent.io.OutputPaths;
import javafx.application.Platform;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes charts and the history off the FX thread. The charts are copied on the FX thread (a copy
 * is cheap; rendering is not) and rendered on a background thread, each file written atomically.
 * A failure shows a dialog with the reason; the app keeps working either way.
 */
public final class Exporter implements AutoCloseable {
    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 1000;

    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descent-export");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<String> notice;
    private FileDialogs dialogs = FileDialogs.NATIVE;
    private Path lastFolder;

    /** @param notice shows a short confirmation (on the FX thread) */
    public Exporter(Consumer<String> notice) {
        this.notice = notice;
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
        return run(() -> {
            OutputPaths.prepareFolder(null, dir);
            List<Path> files = List.of(dir.resolve("fit.png"), dir.resolve("cost.png"), dir.resolve("landscape.png"));
            List<JFreeChart> drawn = List.of(charts.fit(), charts.cost(), charts.landscape());
            // The three pictures are one set: all are replaced, or none.
            try (OutputSet set = new OutputSet()) {
                for (int i = 0; i < files.size(); i++) {
                    JFreeChart chart = drawn.get(i);
                    set.write(null, files.get(i), out -> ChartPng.writePng(out, chart, width, height));
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
        return run(() -> {
            HistoryCsv.write(file, names, copy);
            return List.of(file);
        }, files -> "Exported " + copy.size() + " epochs to " + file.getFileName()
                + (complete ? "" : " (a long run: every n-th epoch between the first and the newest 1,024; train --csv writes them all)"));
    }

    /** Asks for a file name and writes one chart. */
    public void promptExportChart(Window owner, JFreeChart copy, String suggestedName) {
        dialogs.save(owner, "Export chart as PNG", lastFolder, suggestedName, "PNG image", "*.png")
                .ifPresent(file -> exportChart(copy, file, DEFAULT_WIDTH, DEFAULT_HEIGHT));
    }

    public CompletableFuture<List<Path>> exportChart(JFreeChart copy, Path file, int width, int height) {
        lastFolder = file.toAbsolutePath().getParent();
        return run(() -> {
            AtomicFiles.write(file, out -> ChartPng.writePng(out, copy, width, height));
            return List.of(file);
        }, files -> "Exported " + file.getFileName());
    }

    /** Runs a write on the export thread; reports success as a notice and failure as a dialog. */
    public CompletableFuture<List<Path>> run(Job job, java.util.function.Function<List<Path>, String> success) {
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        io.execute(() -> {
            try {
                List<Path> files = job.run();
                done.complete(files);
                Platform.runLater(() -> notice.accept(success.apply(files)));
            } catch (DataFileException | RuntimeException e) {
                done.completeExceptionally(e);
                String reason = e instanceof DataFileException ? e.getMessage() : "unexpected error: " + e;
                Platform.runLater(() -> showError(reason));
            }
        });
        return done;
    }

    /** A piece of export work. */
    @FunctionalInterface
    public interface Job {
        List<Path> run() throws DataFileException;
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
        io.execute(() -> {
            try {
                T value = reader.read();
                Platform.runLater(() -> {
                    try {
                        onLoaded.accept(value);
                        notice.accept("Opened " + what);
                        done.complete(value);
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                        errors.report("Could not open " + what, "Nothing was changed", e.getMessage());
                    }
                });
            } catch (DataFileException | RuntimeException e) {
                done.completeExceptionally(e);
                String reason = e instanceof DataFileException ? e.getMessage() : "unexpected error: " + e;
                Platform.runLater(() -> {
                    notice.accept("Could not open " + what);
                    errors.report("Could not open " + what, "Nothing was changed", reason);
                });
            }
        });
        return done;
    }

    @Override
    public void close() {
        io.shutdownNow();
    }
}
