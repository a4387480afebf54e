package dev.descent.core.train;

/** Why a run ended. */
public enum StopReason {
    /** Every requested epoch ran. */
    COMPLETED,
    /** The cost stopped changing by more than the tolerance. */
    CONVERGED,
    /** A parameter or the cost became non-finite, or the cost grew by orders of magnitude. */
    DIVERGED,
    /** Cancelled from another thread (a setting changed, the window closed). */
    CANCELLED,
    /** Stopped by an unexpected error where the run was hosted; the message says which. */
    FAILED
}
