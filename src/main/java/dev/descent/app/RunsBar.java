package dev.descent.app;

import dev.descent.app.engine.RunEngine;
import dev.descent.app.view.MainView;
import dev.descent.app.view.Styles;
import dev.descent.io.Session;
import dev.descent.lecture.Comparisons;
import dev.descent.workspace.Edit;
import dev.descent.workspace.Workspace;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The compared runs: the bar with one button per run in its colour, adding and removing runs, and the
 * Compare menu's ready-made comparisons. Each is an edit of the workspace; the bar shows the workspace.
 */
final class RunsBar {
    private final MainView view;
    private final Consumer<Edit> edit;

    RunsBar(MainView view, Consumer<Edit> edit) {
        this.view = view;
        this.edit = edit;
    }

    void bind() {
        view.addRunButton.setOnAction(e -> edit.accept(new Edit.AddRun()));
        view.addRun.setOnAction(e -> edit.accept(new Edit.AddRun()));
        view.removeRunButton.setOnAction(e -> edit.accept(new Edit.RemoveRun()));
        view.removeRun.setOnAction(e -> edit.accept(new Edit.RemoveRun()));
        int at = 0;
        for (Comparisons.Comparison c : Comparisons.all()) {
            MenuItem item = new MenuItem(c.displayName());
            item.setId("comparison-" + c.id());
            item.setOnAction(e -> edit.accept(new Edit.LoadComparison(c.id())));
            view.compareMenu.getItems().add(at++, item);
        }
    }

    /** One button per run, in its colour, the selected one pressed; + and − as far as they go. */
    void show(Workspace ws) {
        List<Node> buttons = new ArrayList<>();
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < ws.runs().size(); i++) {
            int index = i;
            Session.Run run = ws.runs().get(i);
            ToggleButton b = new ToggleButton((i + 1) + " · " + run.label());
            b.setId("run-" + (i + 1));
            b.getStyleClass().addAll(Styles.RUN_BUTTON, Styles.runColor(i));
            b.setToggleGroup(group);
            b.setSelected(i == ws.selected());
            b.setOnAction(e -> {
                b.setSelected(true);
                edit.accept(new Edit.SelectRun(index));
            });
            buttons.add(b);
        }
        view.runsBar.getChildren().setAll(buttons);
        boolean one = ws.runs().size() < 2;
        boolean full = ws.runs().size() >= RunEngine.MAX_LANES;
        view.removeRunButton.setDisable(one);
        view.removeRun.setDisable(one);
        view.addRunButton.setDisable(full);
        view.addRun.setDisable(full);
    }
}
