package dev.descent.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file beside the
 * target, which is then moved over it. A failure leaves no partial file and reports the target by name.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** The body of a write, given the stream of the temporary file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer body) throws DataFileException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            if (dir != null && !Files.isDirectory(dir)) {
                throw new DataFileException(target + ": the folder " + dir + " does not exist");
            }
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new DataFileException(target + ": cannot write there (permission denied)", e);
        } catch (NoSuchFileException e) {
            throw new DataFileException(target + ": the folder does not exist", e);
        } catch (FileSystemException e) {
            throw new DataFileException(target + ": cannot be written (" + reason(e) + ")", e);
        } catch (IOException e) {
            throw new DataFileException(target + ": cannot be written (" + e.getMessage() + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException cleanup) {
                    // The write already failed and is being reported; a leftover temp file is named .*.part.
                }
            }
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
