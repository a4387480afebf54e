package dev.descent.io;

import java.io.FilterOutputStream;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one save, written as a set: every file goes to a temporary file beside its target
 * ({@link PartFiles}), and only when all of them are complete does {@link #commit()} move them into
 * place. If any write fails, or the set is closed without a commit, the temporary files are deleted and
 * every target is exactly as it was.
 *
 * <p>A target is the file a path leads to: through a symbolic link, the file the link points to is
 * replaced and the link stays. A folder, a device, a pipe or a socket is never replaced
 * ({@link OutputPaths#target}).
 *
 * <p>The moves of a commit are atomic one by one (a rename in the target's folder). For the set, each
 * target that already exists is first given a second name (a hard link, or a copy where links are not
 * supported); if a later move fails, the files already moved are put back from those names. Only a
 * process killed in the middle of the moves themselves, a few milliseconds, can leave a mixed set.
 *
 * <pre>
 * try (OutputSet set = new OutputSet()) {
 *     set.write("--png", dir.resolve("fit.png"), out -> ...);
 *     set.write("--png", dir.resolve("cost.png"), out -> ...);
 *     set.commit();
 * }
 * </pre>
 * Not thread-safe: one thread stages and commits.
 */
public final class OutputSet implements AutoCloseable {

    /** The body of one file, given the stream of its temporary file (which it need not close). */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** How a finished temporary file replaces its target; tests put in one that fails. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;

        Mover ATOMIC = (from, to) -> {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        };
    }

    private final class Staged {
        final String where;
        final Path target;
        final Path part;
        OutputStream stream;
        Path backup;
        boolean moved;

        Staged(String where, Path target, Path part) {
            this.where = where;
            this.target = target;
            this.part = part;
        }
    }

    private final Mover mover;
    private final List<Staged> staged = new ArrayList<>();
    private boolean committed;

    public OutputSet() {
        this(Mover.ATOMIC);
    }

    OutputSet(Mover mover) {
        this.mover = mover;
    }

    /**
     * Writes one file of the set to its temporary file now; it replaces {@code file} at {@link #commit()}.
     *
     * @param flag the option or menu item that named the file, for messages (null: the file alone)
     * @throws DataFileException naming the file if it cannot be written; the set is then to be closed
     */
    public void write(String flag, Path file, Body body) throws DataFileException {
        Staged s = open(flag, file);
        try (OutputStream out = s.stream) {
            body.write(out);
        } catch (IOException e) {
            throw failure(s.where, e);
        } finally {
            s.stream = null;
        }
    }

    /**
     * Opens one file of the set for writing over time (a history streamed while the run goes). The
     * stream is closed by {@link #commit()} or {@link #close()}; the caller only writes and flushes.
     *
     * @throws DataFileException naming the file if its temporary file cannot be made
     */
    public OutputStream stream(String flag, Path file) throws DataFileException {
        Staged s = open(flag, file);
        return new FilterOutputStream(s.stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private Staged open(String flag, Path file) throws DataFileException {
        if (committed) {
            throw new IllegalStateException("the set was already committed");
        }
        String where = flag == null ? file.toString() : flag + " " + file;
        Path target = OutputPaths.target(flag, file);
        for (Staged other : staged) {
            if (other.target.equals(target)) {
                throw new DataFileException(where + ": is written twice (also as " + other.where + ")");
            }
        }
        PartFiles.sweep(target.getParent(), Instant.now());
        Path part = PartFiles.nameFor(target);
        Staged s = new Staged(where, target, part);
        try {
            PartFiles.register(part);
            staged.add(s);
            // Not Files.createTempFile: that makes the file owner-only (0600), and the move would hand those
            // permissions to a CSV or PNG the teacher wants to share. A plain new file gets the usual umask.
            s.stream = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw failure(where, e);
        }
        return s;
    }

    /**
     * Moves every file of the set into place, or none: if one cannot be moved, those already moved are
     * put back as they were.
     *
     * @throws DataFileException naming the file that could not be written
     */
    public void commit() throws DataFileException {
        if (committed) {
            throw new IllegalStateException("the set was already committed");
        }
        for (Staged s : staged) {
            if (s.stream != null) {
                try (OutputStream out = s.stream) {
                    out.flush();
                } catch (IOException e) {
                    throw failure(s.where, e);
                } finally {
                    s.stream = null;
                }
            }
        }
        if (staged.size() > 1) {
            for (Staged s : staged) {
                keepOld(s);
            }
        }
        for (Staged s : staged) {
            try {
                mover.move(s.part, s.target);
                s.moved = true;
                PartFiles.release(s.part);
            } catch (IOException e) {
                DataFileException failure = failure(s.where, e);
                rollBack(failure);
                throw failure;
            }
        }
        committed = true;
    }

    /** Gives an existing target a second name, so that a failed commit can put it back. */
    private void keepOld(Staged s) throws DataFileException {
        if (!Files.exists(s.target)) {
            return;
        }
        Path backup = PartFiles.nameFor(s.target);
        try {
            PartFiles.register(backup);
            s.backup = backup;
            try {
                Files.createLink(backup, s.target);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(s.target, backup, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw failure(s.where, e);
        }
    }

    /** Puts back every target already moved; what cannot be put back is added to {@code failure}. */
    private void rollBack(DataFileException failure) {
        for (Staged s : staged) {
            if (!s.moved) {
                continue;
            }
            try {
                if (s.backup != null) {
                    Mover.ATOMIC.move(s.backup, s.target);
                    PartFiles.release(s.backup);
                    s.backup = null;
                } else {
                    Files.deleteIfExists(s.target);
                }
                s.moved = false;
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Deletes every temporary file left; without a commit, no target has changed. */
    @Override
    public void close() {
        for (Staged s : staged) {
            if (s.stream != null) {
                try {
                    s.stream.close();
                } catch (IOException e) {
                    // The file is deleted next; what failed is already being reported, or nothing was.
                    s.stream = null;
                }
            }
            for (Path p : new Path[] {s.moved ? null : s.part, s.backup}) {
                if (p == null) {
                    continue;
                }
                try {
                    PartFiles.discard(p);
                } catch (IOException e) {
                    // Left for the next write to this folder to sweep (its process will be gone).
                    PartFiles.release(p);
                }
            }
        }
        staged.clear();
    }

    /** The one-line message for a failed write of {@code where}. */
    static DataFileException failure(String where, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new DataFileException(where + ": cannot write there (permission denied)", e);
        }
        if (e instanceof NoSuchFileException) {
            return new DataFileException(where + ": the folder does not exist", e);
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
            return new DataFileException(where + ": cannot be written (" + reason + ")", e);
        }
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new DataFileException(where + ": cannot be written (" + reason + ")", e);
    }
}
