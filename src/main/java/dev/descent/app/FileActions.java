package dev.descent.app;

import dev.descent.app.view.MainView;
import dev.descent.charts.RunAnimation;
import dev.descent.charts.RunTrace;
import dev.descent.core.DataGenerator;
import dev.descent.core.Dataset;
import dev.descent.core.Format;
import dev.descent.core.Model;
import dev.descent.core.train.RunConfig;
import dev.descent.io.AtomicFiles;
import dev.descent.io.DataCsv;
import dev.descent.io.Session;
import dev.descent.io.SessionFile;
import dev.descent.workspace.DataSource;
import dev.descent.workspace.Edit;
import dev.descent.lecture.LogStyle;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The File menu's work: sessions, data in and out, new data, and the animation. Files are read and
 * written on the exporter's thread, never on the FX thread; a bad file is refused with the reason and
 * leaves the window as it was.
 */
final class FileActions {
    private final AppViewModel vm;
    private final MainView view;
    private final Exporter files;
    private final MainController controller;
    private final Supplier<List<RunTrace>> traces;

    FileActions(AppViewModel vm, MainView view, Exporter files, MainController controller,
                Supplier<List<RunTrace>> traces) {
        this.vm = vm;
        this.view = view;
        this.files = files;
        this.controller = controller;
        this.traces = traces;
    }

    void bind() {
        view.openSession.setOnAction(e -> openSession());
        view.saveSession.setOnAction(e -> saveSession());
        view.importData.setOnAction(e -> importData());
        view.exportData.setOnAction(e -> exportData());
        view.newData.setOnAction(e -> newData());
        view.exportGif.setOnAction(e -> exportGif());
    }

    private Window window() {
        return view.getScene().getWindow();
    }

    // ---- sessions -------------------------------------------------------------------------------

    /** The window's state as a session: the workspace, every run with every setting, label and colour. */
    Session session() {
        return vm.workspace().toSession();
    }

    void saveSession() {
        Session s = session();
        files.dialogs().save(window(), "Save the session", files.lastFolder(), "session.json", "Descent session",
                "*.json").ifPresent(file -> saveSession(s, file));
    }

    /** Asks where to save the session and saves it; {@code then} runs on the FX thread once it is written. */
    void saveSessionThen(Runnable then) {
        Session s = session();
        files.dialogs().save(window(), "Save the session", files.lastFolder(), "session.json", "Descent session",
                "*.json").ifPresent(file -> saveSession(s, file)
                .thenRun(() -> javafx.application.Platform.runLater(then)));
    }

    java.util.concurrent.CompletableFuture<List<Path>> saveSession(Session s, Path file) {
        return files.run("Saving the session to " + file.getFileName(), progress -> {
            SessionFile.save(file, s);
            return List.of(file);
        }, written -> {
            controller.savedAs(s, file);
            return "Saved the session to " + file.getFileName();
        });
    }

    void openSession() {
        files.dialogs().open(window(), "Open a session", files.lastFolder(), "Descent session", "*.json")
                .ifPresent(this::openSession);
    }

    java.util.concurrent.CompletableFuture<Session> openSession(Path file) {
        return files.load("the session", () -> SessionFile.load(file, Presets.ids()), controller::applySession);
    }

    // ---- data -----------------------------------------------------------------------------------

    void importData() {
        files.dialogs().open(window(), "Import data (x,y CSV)", files.lastFolder(), "CSV file", "*.csv")
                .ifPresent(this::importData);
    }

    java.util.concurrent.CompletableFuture<Dataset> importData(Path file) {
        return files.load("the data", () -> DataCsv.read(file),
                data -> controller.edit(new Edit.ReplaceData(data, DataSource.IMPORTED)));
    }

    void exportData() {
        Dataset data = vm.dataProperty().get();
        files.dialogs().save(window(), "Export the data as CSV", files.lastFolder(), "data.csv", "CSV file", "*.csv")
                .ifPresent(file -> files.run("Exporting the data to " + file.getFileName(), progress -> {
                    DataCsv.write(file, data);
                    return List.of(file);
                }, written -> "Exported " + Format.count(data.size()) + " points to " + file.getFileName()));
    }

    /** Asks for the generator's settings; checks them in the dialog, which stays open until they are usable. */
    void newData() {
        Model m = vm.workspace().model();
        Dialog<DataGenerator> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle("New data");
        dialog.setHeaderText("Points on " + m.formula() + " plus Gaussian noise");
        TextField points = field("30");
        TextField from = field("-1");
        TextField to = field("1");
        TextField params = field(switch (m) {
            case LINE -> "2";
            case AFFINE -> "3, 2";
            case QUADRATIC -> "0.5, -1, 2";
        });
        TextField noise = field("0.3");
        TextField seed = field("1");
        Label error = new Label();
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        error.setMaxWidth(360);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        points.setPromptText("1 to " + Format.count(DataGenerator.MAX_POINTS));
        points.setTooltip(new javafx.scene.control.Tooltip("How many points: 1 to "
                + Format.count(DataGenerator.MAX_POINTS)));
        grid.addRow(0, new Label("Points"), points);
        grid.addRow(1, new Label("x from"), from);
        grid.addRow(2, new Label("x to"), to);
        grid.addRow(3, new Label("True " + String.join(", ", m.parameterNames())), params);
        grid.addRow(4, new Label("Noise σ"), noise);
        grid.addRow(5, new Label("Seed"), seed);
        grid.add(error, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        DataGenerator[] made = new DataGenerator[1];
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                made[0] = generator(m, points.getText(), from.getText(), to.getText(), params.getText(),
                        noise.getText(), seed.getText());
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
                e.consume();
                // The dialog was sized before there was a message: grow it so the message shows whole.
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? made[0] : null);
        Optional<DataGenerator> answer = dialog.showAndWait();
        answer.ifPresent(g -> controller.edit(new Edit.ReplaceData(g.generate(), DataSource.GENERATED)));
    }

    /** The generator the dialog's fields describe; the message names the field that is wrong. */
    static DataGenerator generator(Model m, String points, String from, String to, String params, String noise,
                                   String seed) {
        int n = (int) number("Points", points, true);
        double x0 = number("x from", from, false);
        double x1 = number("x to", to, false);
        double[] truth = ControlsBinder.parseValues(m, params, "true value");
        double sigma = number("Noise σ", noise, false);
        long s = (long) number("Seed", seed, true);
        return new DataGenerator(m, n, x0, x1, truth, sigma, s);
    }

    private static double number(String field, String text, boolean whole) {
        try {
            if (whole) {
                return Long.parseLong(text.trim());
            }
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text.trim() + "' is not " + (whole ? "a whole number"
                    : "a number"));
        }
    }

    private static TextField field(String value) {
        TextField f = new TextField(value);
        f.setPrefColumnCount(12);
        return f;
    }

    // ---- animation ------------------------------------------------------------------------------

    void exportGif() {
        List<RunTrace> runs = traces.get();
        if (runs.isEmpty() || runs.get(0).epochs() == 0) {
            view.showNote("Nothing to animate yet: play the run first");
            return;
        }
        files.dialogs().save(window(), "Export the run as an animated GIF", files.lastFolder(), "run.gif",
                "GIF animation", "*.gif").ifPresent(file -> exportGif(runs, file, 800, 500));
    }

    /** Writes the animation on the file thread; call on the FX thread (it says so in the toolbar meanwhile). */
    java.util.concurrent.CompletableFuture<List<Path>> exportGif(List<RunTrace> runs, Path file, int width, int height) {
        // Some seconds of work on the file thread: say so until the result replaces this.
        view.showLastingNote("Writing the animation to " + file.getFileName() + "…");
        return files.run("Writing the animation to " + file.getFileName(), progress -> {
            AtomicFiles.write(file, out -> RunAnimation.writeGif(out, runs, width, height, progress::done));
            return List.of(file);
        }, written -> "Exported the animation (" + width + "×" + height + ") to " + file.getFileName());
    }
}
