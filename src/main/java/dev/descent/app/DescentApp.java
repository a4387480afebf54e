package dev.descent.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class DescentApp extends Application {

    static void launchApp(String[] args) {
        Application.launch(DescentApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Descent");
        stage.setScene(new Scene(new Label("Descent"), 1280, 800));
        stage.show();
    }
}
