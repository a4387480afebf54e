package dev.descent.app;

import javafx.animation.AnimationTimer;
import org.jfree.chart.JFreeChart;

/**
 * Calls one piece of work once per frame on the FX thread and keeps the figures that prove the
 * window stays smooth: frames, the most chart redraws in one frame, and the longest frame's work.
 * Charts are redrawn when they fire a change event, so counting those counts redraws.
 */
final class FrameLoop {
    private final Runnable work;
    private final AnimationTimer timer;
    private long frames;
    private long chartRedraws;
    private long maxRedrawsInOneFrame;
    private long longestFrameNanos;
    private FrameListener listener;

    /** Hears of every frame once its work is done (the window probe records them). */
    @FunctionalInterface
    interface FrameListener {
        /** @param workNanos how long this frame's work took on the FX thread */
        void frameDone(long workNanos);
    }

    FrameLoop(Runnable work, JFreeChart... charts) {
        this.work = work;
        for (JFreeChart chart : charts) {
            watch(chart);
        }
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
    }

    /** Counts this chart's redraws too. */
    void watch(JFreeChart chart) {
        chart.addChangeListener(e -> chartRedraws++);
    }

    void setListener(FrameListener listener) {
        this.listener = listener;
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    /** One frame's work, timed and with its redraws counted. */
    void frame() {
        frames++;
        long startNanos = System.nanoTime();
        long redrawsBefore = chartRedraws;
        try {
            work.run();
        } finally {
            long workNanos = System.nanoTime() - startNanos;
            longestFrameNanos = Math.max(longestFrameNanos, workNanos);
            maxRedrawsInOneFrame = Math.max(maxRedrawsInOneFrame, chartRedraws - redrawsBefore);
            if (listener != null) {
                listener.frameDone(workNanos);
            }
        }
    }

    long frames() {
        return frames;
    }

    long maxRedrawsInOneFrame() {
        return maxRedrawsInOneFrame;
    }

    long longestFrameNanos() {
        return longestFrameNanos;
    }
}
