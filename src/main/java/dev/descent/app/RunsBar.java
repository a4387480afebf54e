package dev.descent.app;

import dev.descent.workspace.BatchMode;
import dev.descent.workspace.OptimizerKind;
import dev.descent.app.engine.RunEngine;
import dev.descent.app.view.MainView;
import dev.descent.lecture.Comparisons;
import dev.descent.lecture.Preset;

import java.util.ArrayList;
import java.util.List;

/**
 * The compared runs: the bar with one button per run, adding and removing runs, and the Compare
 * menu's ready-made comparisons. Selecting a run and restarting are left to the {@link MainController}.
 */
final class RunsBar {
    private final AppViewModel vm;
    private final MainView view;
    private final ControlsBinder controls;
    private final MainController controller;

    RunsBar(AppViewModel vm, MainView view, ControlsBinder controls, MainController controller) {
        this.vm = vm;
        this.view = view;
        this.controls = controls;
        this.controller = controller;
    }

    void bind() {
        vm.runs().addListener((javafx.collections.ListChangeListener<RunSpec>) c -> show());
        vm.selectedRunProperty().addListener((obs, old, i) -> {
            show();
            if (!controller.loading()) {
                controller.selectRun(i.intValue());
            }
        });
        view.addRunButton.setOnAction(e -> addRun());
        view.addRun.setOnAction(e -> addRun());
        view.removeRunButton.setOnAction(e -> removeRun());
        view.removeRun.setOnAction(e -> removeRun());
        view.removeRunButton.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.runs()).lessThan(2));
        view.removeRun.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.runs()).lessThan(2));
        view.addRunButton.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.runs())
                .greaterThanOrEqualTo(RunEngine.MAX_LANES));
        view.addRun.disableProperty().bind(view.addRunButton.disableProperty());
        int at = 0;
        for (Comparisons.Comparison c : Comparisons.all()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(c.displayName());
            item.setId("comparison-" + c.id());
            item.setOnAction(e -> applyComparison(c));
            view.compareMenu.getItems().add(at++, item);
        }
        show();
    }

    /** One button per run, in its colour, the selected one pressed. */
    void show() {
        List<javafx.scene.Node> buttons = new ArrayList<>();
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (int i = 0; i < vm.runs().size(); i++) {
            int index = i;
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(
                    (i + 1) + " · " + vm.runs().get(i).label());
            b.setId("run-" + (i + 1));
            b.getStyleClass().addAll(dev.descent.app.view.Styles.RUN_BUTTON, dev.descent.app.view.Styles.runColor(i));
            b.setToggleGroup(group);
            b.setSelected(i == vm.selectedRunProperty().get());
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.selectedRunProperty().set(index);
            });
            buttons.add(b);
        }
        view.runsBar.getChildren().setAll(buttons);
    }

    /** Adds a copy of the selected run, selected, to change and race against the others. */
    void addRun() {
        if (vm.runs().size() >= RunEngine.MAX_LANES) {
            return;
        }
        RunSpec copy = vm.editedSpec();
        controller.whileLoading(() -> {
            vm.runs().add(copy);
            vm.selectedRunProperty().set(vm.runs().size() - 1);
        });
        controller.restart(true);
    }

    void removeRun() {
        if (vm.runs().size() < 2) {
            return;
        }
        int i = vm.selectedRunProperty().get();
        controller.whileLoading(() -> {
            vm.runs().remove(i);
            int next = Math.min(i, vm.runs().size() - 1);
            vm.selectedRunProperty().set(next);
            vm.showSpec(vm.runs().get(next));
            controls.showDampening();
        });
        controller.restart(true);
    }

    /** Loads a ready-made comparison: the lecture's settings, every run, ready to play. */
    void applyComparison(Comparisons.Comparison c) {
        controller.whileLoading(() -> {
            Preset p = c.preset();
            vm.presetProperty().set(p);
            // The box names the comparison, with no lecture chosen, so that choosing any lecture,
            // the one the comparison is built on included, leaves the comparison for it.
            view.preset.getSelectionModel().clearSelection();
            view.preset.setPromptText(c.displayName());
            vm.loadAll(c.runs());
            view.description.setText(c.description());
            view.init.setText(ControlsBinder.formatInit(p.config().init()));
            controls.showDampening();
        });
        show();
        controller.restart(true);
    }
}
