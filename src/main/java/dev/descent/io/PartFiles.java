package dev.descent.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files that outputs are written to before they are moved into place. Each is named
 * {@code .<target name>.descent-<pid>-<random>.part}, beside its target, so that it is hidden, names the
 * file it will become and the process that writes it.
 *
 * <p>Every temporary file in use is registered here. A shutdown hook deletes them when the process is
 * stopped (Ctrl-C, SIGTERM, the window closing), and once it has started no new one is made. A process
 * killed outright (SIGKILL, a power cut) cannot clean up: {@link #sweep} removes its leftovers the next
 * time anything is written to that folder. It removes only names of this exact pattern, and of those only
 * the ones whose process is gone or that are older than {@link #STALE_AFTER}.
 */
final class PartFiles {
    /** A temporary file this old is abandoned whatever its process id says (ids are reused). */
    static final Duration STALE_AFTER = Duration.ofDays(1);
    static final Pattern NAME = Pattern.compile("^\\..+\\.descent-(\\d{1,19})-[0-9a-z]{1,13}\\.part$");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();
    private static final Set<Path> LIVE = new HashSet<>();
    private static boolean hooked;
    private static boolean closing;

    private PartFiles() {
    }

    /** A new, unused temporary name beside {@code target} (nothing is created). */
    static Path nameFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".descent-" + PID + "-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
    }

    /**
     * Registers a temporary file about to be created, so that the shutdown hook deletes it.
     *
     * @throws IOException if the process is shutting down (nothing new may be started)
     */
    static synchronized void register(Path part) throws IOException {
        if (closing) {
            throw new IOException("Descent is shutting down");
        }
        if (!hooked) {
            Thread hook = new Thread(PartFiles::deleteAll, "descent-part-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            hooked = true;
        }
        LIVE.add(part);
    }

    /** The temporary file is gone or has become its target: the hook leaves it alone. */
    static synchronized void release(Path part) {
        LIVE.remove(part);
    }

    /** Deletes a registered temporary file, if it is still there, and releases it. */
    static void discard(Path part) throws IOException {
        try {
            Files.deleteIfExists(part);
        } finally {
            release(part);
        }
    }

    static synchronized boolean isLive(Path part) {
        return LIVE.contains(part);
    }

    /** The shutdown hook: deletes every registered temporary file, and refuses new ones from now on. */
    static void deleteAll() {
        List<Path> parts;
        synchronized (PartFiles.class) {
            closing = true;
            parts = new ArrayList<>(LIVE);
            LIVE.clear();
        }
        for (Path part : parts) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // Nothing can be shown while the process stops; the next write to the folder sweeps it.
                System.err.println("descent: could not remove the temporary file " + part + " (" + e.getMessage()
                        + ")");
            }
        }
    }

    /**
     * Removes abandoned temporary files of Descent in {@code folder}: names of {@link #NAME}'s pattern whose
     * process is no longer running (or is this process, which no longer uses them), or older than
     * {@link #STALE_AFTER}. Returns what it removed. Problems are skipped: a sweep never stops a write.
     */
    static List<Path> sweep(Path folder, Instant now) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.descent-*.part")) {
            for (Path entry : entries) {
                Matcher m = NAME.matcher(entry.getFileName().toString());
                if (!m.matches() || isLive(entry) || !Files.isRegularFile(entry)) {
                    continue;
                }
                if (abandoned(m.group(1), entry, now) && Files.deleteIfExists(entry)) {
                    removed.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be listed is reported by the write itself, if it matters.
            return removed;
        }
        return removed;
    }

    private static boolean abandoned(String pidText, Path entry, Instant now) throws IOException {
        FileTime modified = Files.getLastModifiedTime(entry);
        if (modified.toInstant().plus(STALE_AFTER).isBefore(now)) {
            return true;
        }
        long pid;
        try {
            pid = Long.parseLong(pidText);
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == PID) {
            return true;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        return owner.isEmpty() || !owner.get().isAlive();
    }
}
