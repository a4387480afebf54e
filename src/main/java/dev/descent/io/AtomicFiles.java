package dev.descent.io;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes one file so that it is either complete or absent: an {@link OutputSet} of one file. The bytes
 * go to a temporary file beside the target, which is then moved over it; a failure leaves no partial
 * file and reports the target by name.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** The body of a write, given the stream of the temporary file. */
    @FunctionalInterface
    public interface Writer extends OutputSet.Body {
        @Override
        void write(OutputStream out) throws java.io.IOException;
    }

    public static void write(Path target, Writer body) throws DataFileException {
        try (OutputSet set = new OutputSet()) {
            set.write(null, target, body);
            set.commit();
        }
    }
}
