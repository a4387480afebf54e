package dev.descent.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus in {@code src/test/resources/hostile} (written by its {@code make_corpus.py}) and
 * what every fuzz case shares: a bound in time that only a real hang reaches, a bound on the memory a
 * case allocates, and byte-level mutations of a corpus file.
 */
public final class Hostile {
    /** Where the corpus is; Maven runs tests from the project folder. */
    public static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    /** No case takes anywhere near this; reaching it means a hang. */
    public static final Duration HANG = Duration.ofSeconds(20);

    private Hostile() {
    }

    /** The files of one corpus folder, sorted. */
    public static List<Path> files(String folder) {
        try (Stream<Path> s = Files.list(CORPUS.resolve(folder))) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            assertTrue(files.size() >= 20, "the corpus folder " + folder + " holds " + files.size() + " files");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code work} on its own thread, failing if it runs for {@link #HANG} or allocates more than
     * {@code maxBytes} (all it allocates, garbage included, so a bound on any moment's memory too).
     */
    public static <T> T bounded(long maxBytes, Supplier<T> work) {
        AtomicLong allocated = new AtomicLong();
        T result = assertTimeoutPreemptively(HANG, () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            T r = work.get();
            allocated.set(threads.getCurrentThreadAllocatedBytes() - before);
            return r;
        });
        assertTrue(allocated.get() <= maxBytes, "allocated " + allocated.get() + " bytes, more than " + maxBytes);
        return result;
    }

    private static final byte[][] TOKENS = {
            ",".getBytes(), "\n".getBytes(), "\r".getBytes(), "\r\n".getBytes(), "\"".getBytes(), {0},
            {(byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC3}, "NaN".getBytes(),
            "-inf".getBytes(), "1e999".getBytes(), "-0".getBytes(), ".".getBytes(), "e".getBytes(), "-".getBytes(),
            "x,y".getBytes(), "[".getBytes(), "]".getBytes(), "{".getBytes(), "}".getBytes(), "null".getBytes(),
            "true".getBytes(), "\"x\":1,".getBytes(), ":".getBytes(), "\\".getBytes(), "\\u0000".getBytes(),
            "é".getBytes(StandardCharsets.UTF_8), "4.9e-324".getBytes(), "1.7976931348623157e308".getBytes()};

    /** One to five random edits of {@code seed}: bytes flipped, tokens inserted, ranges cut or repeated. */
    public static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed;
        int edits = 1 + random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (b.length > 0) {
                        b = b.clone();
                        b[Math.min(at, b.length - 1)] = (byte) random.nextInt(256);
                    }
                }
                case 1, 2 -> b = insert(b, at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> {
                    int len = Math.min(b.length - at, random.nextInt(64));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                case 4 -> {
                    int len = Math.min(b.length - at, random.nextInt(64));
                    byte[] piece = java.util.Arrays.copyOfRange(b, at, at + len);
                    for (int k = random.nextInt(4); k >= 0; k--) {
                        b = insert(b, at, piece);
                    }
                }
                default -> {
                    // A long run of one byte: a huge number, a long cell or line, deep nesting.
                    byte[] run = new byte[random.nextInt(4) == 0 ? 70_000 : random.nextInt(2_000)];
                    java.util.Arrays.fill(run, (byte) "9[{a,\"".charAt(random.nextInt(6)));
                    b = insert(b, at, run);
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }
}
