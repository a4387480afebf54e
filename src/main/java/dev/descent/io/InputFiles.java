package dev.descent.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens the files Descent reads. Only a regular file is opened (a symbolic link to one is followed): a
 * folder, a named pipe, a device such as {@code /dev/zero} or a socket is refused from its attributes,
 * before opening, because opening a pipe blocks until someone writes to it and a device never ends.
 * A file over its size limit is refused before it is read, and the stream returned stops with a
 * message if the file grows past the limit while it is read.
 */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Opens {@code file} for reading.
     *
     * @param what     what the file should be, for messages: "a CSV file", "a session file"
     * @param maxBytes the most bytes it may hold
     * @throws DataFileException naming the file and why it is not read
     */
    static InputStream open(Path file, String what, long maxBytes) throws DataFileException {
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
        if (attributes.isDirectory()) {
            throw new DataFileException(name + ": is a folder, not " + what);
        }
        if (!attributes.isRegularFile()) {
            throw new DataFileException(name + ": is not a regular file (a device, a pipe or a socket), so it is"
                    + " not read; give " + what + " saved on disk");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(name, what, maxBytes);
        }
        try {
            return new Bounded(Files.newInputStream(file), name, what, maxBytes);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    /** The message for a file that cannot be read, in our words: never a library's class name. */
    static DataFileException cannotRead(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataFileException(name + ": no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new DataFileException(name + ": permission denied");
        }
        if (e instanceof FileSizeException size) {
            return size.problem;
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() != null ? e.getMessage() : "an input or output error";
        return new DataFileException(name + ": cannot be read (" + InputLimits.quoted(reason) + ")", e);
    }

    private static DataFileException tooLarge(String name, String what, long maxBytes) {
        return new DataFileException(name + ": is larger than " + InputLimits.bytes(maxBytes) + ", the limit for "
                + what);
    }

    /** A file that outgrew its limit while it was read; carries the finished message. */
    static final class FileSizeException extends IOException {
        final DataFileException problem;

        FileSizeException(DataFileException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    /** Counts the bytes read and stops at the limit, for a file that grows after its size was checked. */
    private static final class Bounded extends FilterInputStream {
        private final String name;
        private final String what;
        private final long maxBytes;
        private long read;

        Bounded(InputStream in, String name, String what, long maxBytes) {
            super(in);
            this.name = name;
            this.what = what;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws FileSizeException {
            read += n;
            if (read > maxBytes) {
                throw new FileSizeException(tooLarge(name, what, maxBytes));
            }
        }
    }
}
