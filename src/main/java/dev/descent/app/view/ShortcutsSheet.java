package dev.descent.app.view;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.List;

/**
 * Help › Keyboard shortcuts: every key the window answers to, in groups, as a sheet that shows them
 * all at once (and scrolls if the window is too small for it). The list is data ({@link #KEYS}), so
 * a test can hold it to the keys the window really has.
 */
public final class ShortcutsSheet {
    /** One key and what it does, under a group's heading. */
    public record Key(String group, String keys, String action) {
    }

    /** Every key: the playback keys handled by the window, and the menus' accelerators. */
    public static final List<Key> KEYS = List.of(
            new Key("Playback", "Space", "play / pause (every run that is still going)"),
            new Key("Playback", "→", "one epoch, then hold"),
            new Key("Playback", "Shift+→", "one update (one batch), then hold"),
            new Key("Playback", "R", "reset: back to the starting parameters"),
            new Key("Typing a value", "Enter", "take the value and give the keys back to playback"),
            new Key("Typing a value", "Tab", "to the next field (the value is taken)"),
            new Key("Editing", "Ctrl+Z", "undo the last change of data or settings"),
            new Key("Editing", "Ctrl+Shift+Z", "redo what was undone"),
            new Key("Editing", "Ctrl+Y", "redo, as in most programs"),
            new Key("Files", "Ctrl+O", "open a session"),
            new Key("Files", "Ctrl+S", "save the session"),
            new Key("Files", "Ctrl+E", "export all three charts as PNG files"),
            new Key("View", "F5", "presentation mode: large text for the back row"),
            new Key("View", "F11", "full screen (Esc leaves it)"),
            new Key("View", "Ctrl+B", "show or fold away the settings panel"));

    private ShortcutsSheet() {
    }

    /** The sheet's content: a heading per group, then each key beside what it does. */
    public static GridPane content() {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-sheet");
        grid.setHgap(18);
        grid.setVgap(4);
        ColumnConstraints keyColumn = new ColumnConstraints();
        keyColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actionColumn = new ColumnConstraints();
        actionColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keyColumn, actionColumn);
        String group = null;
        int row = 0;
        for (Key k : KEYS) {
            if (!k.group().equals(group)) {
                group = k.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("shortcut-group");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label key = new Label(k.keys());
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(k.action());
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(key, 0, row);
            grid.add(action, 1, row++);
        }
        return grid;
    }

    /** Shows the sheet over {@code owner}, with the window's stylesheet, until closed. */
    public static Dialog<ButtonType> show(Window owner, List<String> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(460);
        // Tall enough for every row at the window's usual text size, but never taller than the window.
        scroll.setPrefViewportHeight(Math.min(560, Math.max(240, owner.getHeight() - 160)));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }
}
