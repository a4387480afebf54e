package dev.descent.workspace;

import dev.descent.io.AtomicFiles;
import dev.descent.io.DataFileException;
import dev.descent.io.Session;
import dev.descent.io.SessionFile;
import dev.descent.lecture.Presets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Keeps the workspace on disk so that no work is lost: at most {@link #DELAY_MILLIS} after an edit it
 * is written, whole or not at all ({@link AtomicFiles}), in the session file format, to
 * {@value #FILE} in the app's own folder, on the scheduler's thread, never the caller's. Edits that
 * come while a write is due are taken by that write.
 * <p>
 * A marker file ({@value #MARKER}) lives while the app runs and is removed by a clean exit: found at
 * the next start, it says the app crashed or was killed, and the workspace written last is offered
 * back. At every start the workspace of the run before is kept as {@value #PREVIOUS}, which File ›
 * Reopen last workspace opens.
 */
public final class Autosave {
    /** The longest an edit waits to be written. */
    public static final long DELAY_MILLIS = 2000;
    public static final String FILE = "workspace.json";
    public static final String PREVIOUS = "previous-workspace.json";
    public static final String MARKER = "running.marker";

    /** Runs a task after a delay on a thread of its own (a single-thread scheduled executor in the app). */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, long delayMillis);
    }

    private final Path folder;
    private final Scheduler scheduler;
    private final Consumer<String> failed;
    /** The newest workspace not yet written, or null. */
    private final AtomicReference<Workspace> pending = new AtomicReference<>();
    private boolean crashed;

    /**
     * @param failed told, on the scheduler's thread, why a write failed (the next edit tries again)
     */
    public Autosave(Path folder, Scheduler scheduler, Consumer<String> failed) {
        this.folder = folder;
        this.scheduler = scheduler;
        this.failed = failed;
    }

    /**
     * Starts a run of the app: notes whether the one before ended cleanly, keeps its workspace as the
     * previous one, and leaves the marker of this run. Throws DataFileException when the folder cannot
     * be made or written.
     */
    public void start() throws DataFileException {
        try {
            Files.createDirectories(folder);
            crashed = Files.exists(folder.resolve(MARKER));
            Path last = folder.resolve(FILE);
            if (Files.exists(last)) {
                Files.move(last, folder.resolve(PREVIOUS), StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicFiles.write(folder.resolve(MARKER), out -> out.write(
                    ("pid " + ProcessHandle.current().pid() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DataFileException(folder + ": cannot keep the workspace there (" + e.getMessage() + ")", e);
        }
    }

    /** Whether the run before this one ended without a clean exit (a crash, a kill). */
    public boolean crashed() {
        return crashed;
    }

    /** Whether the run before left a workspace (it was edited); only then is there anything to restore. */
    public boolean hasPrevious() {
        return Files.exists(folder.resolve(PREVIOUS));
    }

    /** The workspace the run before left, if any: after a crash, the work to restore. */
    public Optional<Session> previous() throws DataFileException {
        Path file = folder.resolve(PREVIOUS);
        return Files.exists(file) ? Optional.of(SessionFile.load(file, Presets.ids())) : Optional.empty();
    }

    /** The workspace after an edit: written within {@link #DELAY_MILLIS}. */
    public void changed(Workspace ws) {
        if (pending.getAndSet(ws) == null) {
            scheduler.schedule(this::writePending, DELAY_MILLIS);
        }
    }

    private void writePending() {
        Workspace ws = pending.getAndSet(null);
        if (ws != null) {
            try {
                SessionFile.save(folder.resolve(FILE), ws.toSession());
            } catch (DataFileException e) {
                failed.accept("The workspace was not autosaved: " + e.getMessage());
            }
        }
    }

    /** Writes what is still due now, on the caller's thread (at exit, when the scheduler stops). */
    public void flush() {
        writePending();
    }

    /** A clean exit: what is due is written and the marker removed, so the next start offers nothing back. */
    public void cleanExit() throws DataFileException {
        flush();
        try {
            Files.deleteIfExists(folder.resolve(MARKER));
        } catch (IOException e) {
            throw new DataFileException(folder.resolve(MARKER) + ": cannot be removed (" + e.getMessage() + ")", e);
        }
    }

    /** The file the workspace is written to. */
    public Path file() {
        return folder.resolve(FILE);
    }
}
