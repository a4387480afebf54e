package dev.descent.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks output paths before a run starts, so that a run whose results cannot be saved is refused
 * up front instead of after minutes of training. The checks try what the real write will do:
 * create a file in the folder (and remove it again).
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * {@code file} can be created or replaced: it is not a folder and its folder exists and takes new files.
     *
     * @param flag the option that named the file, for the message (null: the file alone)
     */
    public static void checkFile(String flag, Path file) throws DataFileException {
        String where = where(flag, file);
        if (Files.isDirectory(file)) {
            throw new DataFileException(where + ": is a folder; give a file name, e.g. " + file.resolve("history.csv"));
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.exists(folder)) {
            throw new DataFileException(where + ": the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(where + ": " + folder + " is a file, not a folder");
        }
        probe(where, folder);
    }

    /**
     * Creates {@code folder} (and its parents) if missing, and checks that files can be written in it.
     *
     * @param flag the option that named the folder, for the message (null: the folder alone)
     */
    public static void prepareFolder(String flag, Path folder) throws DataFileException {
        String where = where(flag, folder);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new DataFileException(where + ": is a file, not a folder");
        }
        Path existing = folder.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new DataFileException(where + ": the folder cannot be created because " + existing + " is a file");
        }
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new DataFileException(where + ": the folder cannot be created because " + e.getFile()
                    + " is a file", e);
        } catch (AccessDeniedException e) {
            throw new DataFileException(where + ": the folder cannot be created (permission denied)", e);
        } catch (FileSystemException e) {
            throw new DataFileException(where + ": the folder cannot be created (" + reason(e) + ")", e);
        } catch (IOException e) {
            throw new DataFileException(where + ": the folder cannot be created (" + e.getMessage() + ")", e);
        }
        probe(where, folder.toAbsolutePath());
    }

    /** Creates and deletes an empty hidden file in {@code folder}. */
    private static void probe(String where, Path folder) throws DataFileException {
        Path probe;
        try {
            probe = Files.createTempFile(folder, ".descent-write-check-", ".tmp");
        } catch (AccessDeniedException e) {
            throw new DataFileException(where + ": cannot write in the folder " + folder + " (permission denied)", e);
        } catch (FileSystemException e) {
            throw new DataFileException(where + ": cannot write in the folder " + folder + " (" + reason(e) + ")", e);
        } catch (IOException e) {
            throw new DataFileException(where + ": cannot write in the folder " + folder + " (" + e.getMessage()
                    + ")", e);
        }
        try {
            Files.delete(probe);
        } catch (IOException e) {
            throw new DataFileException(where + ": a test file written in " + folder
                    + " could not be removed again (" + e.getMessage() + "); please delete " + probe, e);
        }
    }

    private static String where(String flag, Path path) {
        return flag == null ? path.toString() : flag + " " + path;
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
