package dev.descent.io;

/** A data, session or output file that cannot be read or written. The message names the file and the place. */
public final class DataFileException extends Exception {
    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
