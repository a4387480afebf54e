package dev.descent.cli;

/**
 * How {@code descent probe} drives the window.
 *
 * @param presetId the lecture preset to load
 * @param points   replace the preset's data with this many generated points; 0 keeps the preset's data
 * @param seconds  how long the window plays
 * @param epochs   epochs per run, so that no run ends before the probe does
 * @param changes  learning-rate changes, spread evenly over the run
 * @param runs     runs racing side by side, 1 to {@value dev.descent.io.Session#MAX_RUNS}: the preset's own,
 *                 then the same with other optimizer settings
 */
public record ProbeSettings(String presetId, int points, double seconds, int epochs, int changes, int runs) {
}
