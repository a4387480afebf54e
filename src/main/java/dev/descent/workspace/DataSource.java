package dev.descent.workspace;

/** Where the workspace's data came from: the lecture box names the lecture only for its own data. */
public enum DataSource {
    /** The lecture's own points, as the lecture printed them. */
    LECTURE,
    /** Points added, moved or deleted on the fit chart. */
    EDITED,
    /** Made by File › New data. */
    GENERATED,
    /** Read from a CSV file. */
    IMPORTED,
    /** Opened from a saved session whose data are not the lecture's. */
    SAVED
}
