package dev.descent.bench;

import dev.descent.core.Dataset;
import dev.descent.io.DataCsv;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a data CSV with {@link DataCsv#read} several times in one JVM and prints, per read, the wall
 * and CPU time of the reading thread: the first read is the cold one (what {@code train --data} pays,
 * with the JIT still compiling), the best of the others the warm one. Run by
 * {@code src/bench/python/csv_load.py}, or alone:
 * {@code java -Xmx512m -cp target/descent.jar src/bench/java/dev/descent/bench/ReadCsv.java FILE [READS]}.
 */
public final class ReadCsv {
    private ReadCsv() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < reads; i++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Dataset d = DataCsv.read(file);
            int rows = d.size();
            d = null;
            System.out.printf(Locale.ROOT, "read %d rows %d wall_ms %.1f cpu_ms %.1f%n", i, rows,
                    (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
    }
}
