package dev.descent.app;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The small "Files" window: each file job that takes a while, with its progress and a Cancel button.
 * It lists every job running, so one waiting on a slow disk is seen, never silently queued; it hides
 * itself when the last one ends. FX thread only.
 */
final class JobsWindow {
    private final Stage stage = new Stage();
    private final VBox rows = new VBox(8);
    private final ObservableList<Exporter.Running> jobs;

    JobsWindow(ObservableList<Exporter.Running> jobs) {
        this.jobs = jobs;
        rows.setPadding(new Insets(12));
        rows.setPrefWidth(420);
        rows.setId("file-jobs");
        stage.setTitle("Descent · files");
        stage.setScene(new Scene(rows));
        jobs.addListener((ListChangeListener<Exporter.Running>) change -> refresh());
        refresh();
    }

    void show() {
        refresh();
        if (!jobs.isEmpty()) {
            stage.show();
            stage.toFront();
        }
    }

    void close() {
        stage.hide();
    }

    private void refresh() {
        rows.getChildren().clear();
        for (Exporter.Running job : jobs) {
            Label title = new Label(job.title + "…");
            title.setMaxWidth(Double.MAX_VALUE);
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(job.fraction);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Button cancel = new Button("Cancel");
            cancel.setOnAction(e -> {
                job.cancel();
                cancel.setDisable(true);
                cancel.setText("Cancelling…");
            });
            cancel.setDisable(job.isCancelled());
            rows.getChildren().addAll(title, new HBox(8, bar, cancel));
        }
        if (jobs.isEmpty()) {
            stage.hide();
        } else if (stage.isShowing()) {
            stage.sizeToScene();
        }
    }
}
