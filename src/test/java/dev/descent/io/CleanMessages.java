package dev.descent.io;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every refusal's message must be: one short line in our words, naming the place. */
public final class CleanMessages {
    /** The longest message, beyond the file's name: a bad value is quoted cut, never whole. */
    public static final int MAX_LENGTH = 400;
    /** Library packages, and the words of a Java stack trace or class name. */
    private static final Pattern LIBRARY = Pattern.compile(
            "com\\.fasterxml|org\\.apache|ch\\.randelshofer|picocli\\.|java\\.(lang|io|nio|util)\\.|jackson|Exception"
                    + "|StreamRead|JsonParse|CSVFormat|Feature\\.|`|\\bat [a-z]+\\.[a-z]+\\.|\\$[A-Z]");

    private CleanMessages() {
    }

    /** Asserts the message is one line, starts with {@code place}, is short and names no library class. */
    public static void assertClean(String message, String place) {
        assertTrue(message != null && !message.isBlank(), "no message");
        assertTrue(message.startsWith(place), "the message names " + place + ": " + cut(message));
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + cut(message));
        assertTrue(message.length() <= place.length() + MAX_LENGTH, "short: " + cut(message));
        assertFalse(LIBRARY.matcher(message).find(), "no library names: " + cut(message));
    }

    private static String cut(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
