package dev.descent.core;

/** Data that cannot be trained on. The message names the problem; {@link #row()} is 1-based, 0 if none. */
public final class InvalidDataException extends IllegalArgumentException {
    private final int row;

    public InvalidDataException(String message, int row) {
        super(message);
        this.row = row;
    }

    public int row() {
        return row;
    }
}
