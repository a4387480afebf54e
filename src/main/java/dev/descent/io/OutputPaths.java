package dev.descent.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks output paths before a run starts, so that a run whose results cannot be saved is refused
 * up front instead of after minutes of training. The checks try what the real write will do:
 * create a file in the folder (and remove it again).
 */
public final class OutputPaths {
    private static final int MAX_LINKS = 40;

    private OutputPaths() {
    }

    /**
     * {@code file} can be created or replaced: it is not a folder and its folder exists and takes new files.
     *
     * @param flag the option that named the file, for the message (null: the file alone)
     */
    public static void checkFile(String flag, Path file) throws DataFileException {
        String where = where(flag, file);
        Path folder = target(flag, file).getParent();
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

    /**
     * The file that writing {@code file} replaces: {@code file} itself, or, if it is a symbolic link, the
     * file the link leads to (which need not exist yet), as an absolute path. Refuses a folder, a device,
     * a pipe or a socket, which a write must never replace, and a missing folder.
     *
     * @param flag the option that named the file, for the message (null: the file alone)
     */
    public static Path target(String flag, Path file) throws DataFileException {
        String where = where(flag, file);
        Path target = file.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops == MAX_LINKS) {
                throw new DataFileException(where + ": too many symbolic links in a row (a loop?)");
            }
            try {
                target = target.resolveSibling(Files.readSymbolicLink(target)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new DataFileException(where + ": the link cannot be read (" + e.getMessage() + ")", e);
            }
        }
        Path folder = target.getParent();
        if (folder == null || !Files.exists(folder)) {
            throw new DataFileException(where + ": the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(where + ": " + folder + " is a file, not a folder");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            attributes = null;
        } catch (IOException e) {
            throw new DataFileException(where + ": cannot be examined (" + e.getMessage() + ")", e);
        }
        if (attributes != null && attributes.isDirectory()) {
            throw new DataFileException(where + ": is a folder; give a file name, e.g. " + file.resolve("history.csv"));
        }
        if (attributes != null && !attributes.isRegularFile()) {
            throw new DataFileException(where + ": is a device, a pipe or a socket, not a file; Descent replaces only"
                    + " ordinary files");
        }
        return target;
    }

    /** An input or an output of a run, with the option that named it. */
    public record Named(String flag, Path path) {
        String where() {
            return OutputPaths.where(flag, path);
        }
    }

    /**
     * Refuses a run whose outputs would overwrite one of its inputs, or one another: the same file, after
     * following links ({@link Files#isSameFile}), so that a typo such as {@code --csv points.csv} for the
     * data file is caught before anything runs.
     */
    public static void checkDistinct(List<Named> outputs, List<Named> inputs) throws DataFileException {
        List<Path> targets = new ArrayList<>();
        for (Named out : outputs) {
            Path target = target(out.flag(), out.path());
            for (Named in : inputs) {
                if (sameFile(target, in.path())) {
                    throw new DataFileException(out.where() + ": is the same file as " + in.where()
                            + "; writing it would destroy the input, so choose another name");
                }
            }
            for (int k = 0; k < targets.size(); k++) {
                if (targets.get(k).equals(target) || sameFile(target, targets.get(k))) {
                    throw new DataFileException(out.where() + ": is the same file as " + outputs.get(k).where()
                            + "; give each output its own name");
                }
            }
            targets.add(target);
        }
    }

    private static boolean sameFile(Path a, Path b) throws DataFileException {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new DataFileException(a + ": cannot be compared with " + b + " (" + e.getMessage() + ")", e);
        }
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
