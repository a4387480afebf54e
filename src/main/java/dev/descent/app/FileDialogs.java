package dev.descent.app;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the app asks the user for a file. The window uses the system's file choosers; tests put in
 * their own answers, since a native dialog cannot be driven headless.
 */
public interface FileDialogs {
    /**
     * Asks where to save.
     *
     * @param kind    what the file is, e.g. "PNG image"
     * @param pattern its name pattern, e.g. "*.png"
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> save(Window owner, String title, Path folder, String suggestedName, String kind, String pattern);

    /** Asks which file to open; empty if the user cancelled. */
    Optional<Path> open(Window owner, String title, Path folder, String kind, String pattern);

    /** The system's file choosers. */
    FileDialogs NATIVE = new FileDialogs() {
        @Override
        public Optional<Path> save(Window owner, String title, Path folder, String suggestedName, String kind,
                                   String pattern) {
            FileChooser chooser = chooser(title, folder, kind, pattern);
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> open(Window owner, String title, Path folder, String kind, String pattern) {
            return Optional.ofNullable(chooser(title, folder, kind, pattern).showOpenDialog(owner)).map(File::toPath);
        }

        private FileChooser chooser(String title, Path folder, String kind, String pattern) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            return chooser;
        }
    };
}
