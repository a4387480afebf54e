package dev.descent.app;

/** What the status line says the run is doing. */
public enum RunStatus {
    READY("ready"),
    RUNNING("running"),
    PAUSED("paused"),
    FINISHED("finished"),
    CONVERGED("converged"),
    DIVERGED("diverged"),
    INVALID("settings refused"),
    /** The run stopped because of an unexpected error; the status line gives it. */
    FAILED("stopped by an error");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public boolean isFinal() {
        return this == FINISHED || this == CONVERGED || this == DIVERGED || this == INVALID || this == FAILED;
    }

    @Override
    public String toString() {
        return label;
    }
}
