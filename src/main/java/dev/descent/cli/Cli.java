package dev.descent.cli;

/** The headless commands. */
public final class Cli {
    private Cli() {
    }

    /** Runs a command and returns its exit code. */
    public static int run(String[] args) {
        System.err.println("descent: commands are not available yet");
        return 2;
    }
}
