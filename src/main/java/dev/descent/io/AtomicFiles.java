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
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file beside the
 * target, which is then moved over it. A failure leaves no partial file and reports the target by name.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

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
            // Not Files.createTempFile: that makes the file owner-only (0600), and the move would hand those
            // permissions to a CSV or PNG the teacher wants to share. A plain new file gets the usual umask.
            Path part = absolute.resolveSibling("." + absolute.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            tmp = part;
            try (out) {
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
