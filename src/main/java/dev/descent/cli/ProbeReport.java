package dev.descent.cli;

/**
 * What {@code descent probe} measured, printed as one JSON object with these names in snake case
 * ({@code first_frame_ms}, {@code fx_busy_ms_p99}, …). Times are milliseconds; -1 means "not seen".
 * <p>
 * A change "is on screen" once each of the three chart places (fit, cost, landscape) shows a picture drawn
 * for the new runs: the charts are drawn off the FX thread, and a place takes up a new picture at the next
 * pulse, when it goes on the screen. With one run those are its own charts, with several the compared
 * runs' overlays. Its first epoch is on screen once each place shows a picture asked for in or after the
 * first frame in which run 1 had taken an epoch of the new run.
 *
 * @param preset                   the preset loaded
 * @param points                   the number of data points
 * @param runs                     how many runs raced side by side (the learning-rate changes edit run 1 and
 *                                 restart them all)
 * @param seconds                  how long the window played
 * @param epochsPerRun             each run's length in epochs
 * @param firstFrameMs             from the JVM's start to the first frame shown
 * @param fxBusyMsP50              the median FX-thread time per frame spent in the app's update and draw
 * @param fxBusyMsP99              its 99th percentile
 * @param fxBusyMsMax              its largest
 * @param fxBusyMsP50AfterWarmup   the median over the frames after the first {@value #WARMUP_SECONDS} s of
 *                                 playing, once the JIT has compiled the drawing code (-1 for a shorter probe)
 * @param fxBusyMsP99AfterWarmup   their 99th percentile
 * @param frames                   frames shown while playing
 * @param epochsPerSecond          epochs of run 1 taken onto the screen per second of playing
 * @param epochsTotal              epochs of run 1 taken onto the screen in all
 * @param restarts                 learning-rate changes made
 * @param restartToFrameMsP50      from a change until the end of the first frame after which the new runs are on
 *                                 screen: median
 * @param restartToFrameMsP95      its 95th percentile
 * @param restartToEpochMsP50      from a change until the end of the first frame after which an epoch of the new
 *                                 runs is on screen: median
 * @param restartToEpochMsP95      its 95th percentile
 * @param restartToFrameMsP95AfterWarmup the 95th percentile of the change-to-frame times of the changes made
 *                                 after the first {@value #WARMUP_SECONDS} s (-1 for none)
 * @param restartHandlingMsMax     the longest FX-thread time spent handling one change (cancel, restart, redraw)
 * @param heapUsedMbMax            the most heap in use, sampled every frame (MiB), garbage not yet collected included
 * @param heapLiveMbMax            the most heap still in use right after a collection (MiB): what the app kept
 * @param workerThreadsAfter       training threads still alive once the window has closed
 * @param java                     the Java version
 * @param javafx                   the JavaFX version
 * @param processors               processors available to the JVM
 */
public record ProbeReport(String preset, int points, int runs, double seconds, int epochsPerRun, double firstFrameMs,
                          double fxBusyMsP50, double fxBusyMsP99, double fxBusyMsMax,
                          double fxBusyMsP50AfterWarmup, double fxBusyMsP99AfterWarmup, long frames,
                          double epochsPerSecond, long epochsTotal, int restarts, double restartToFrameMsP50,
                          double restartToFrameMsP95, double restartToEpochMsP50, double restartToEpochMsP95,
                          double restartToFrameMsP95AfterWarmup,
                          double restartHandlingMsMax, double heapUsedMbMax, double heapLiveMbMax,
                          int workerThreadsAfter, String java,
                          String javafx, int processors) {
    /** Frames in the first this many seconds of playing are left out of the after-warm-up figures. */
    public static final int WARMUP_SECONDS = 5;

    /** This report as one JSON object, its names in snake case. */
    public String toJson() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                    .writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the probe's report could not be written as JSON", e);
        }
    }
}
