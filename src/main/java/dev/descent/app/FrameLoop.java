package dev.descent.app;

import javafx.animation.AnimationTimer;

/**
 * Calls one piece of work once per frame on the FX thread, times it and tells a listener (the window
 * probe records the times), and tells the {@link dev.descent.app.engine.ScreenLoad} while it works.
 */
final class FrameLoop {
    private final Runnable work;
    private final AnimationTimer timer;
    private FrameListener listener;
    /** A frame has been run outside the pulse since the last pulse ({@link #frameNow}). */
    private boolean extraFrameTaken;
    /** Told when a frame's work starts and ends (trainers give way meanwhile); none until set. */
    private dev.descent.app.engine.ScreenLoad load;

    /** Hears of every frame once its work is done (the window probe records them). */
    @FunctionalInterface
    interface FrameListener {
        /** @param workNanos how long this frame's work took on the FX thread */
        void frameDone(long workNanos);
    }

    FrameLoop(Runnable work) {
        this.work = work;
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                extraFrameTaken = false;
                frame();
            }
        };
    }

    void setLoad(dev.descent.app.engine.ScreenLoad load) {
        this.load = load;
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

    /**
     * Runs a frame now, between two pulses, if none has been run so since the last pulse: a setting change
     * starts its pictures at once instead of at the next pulse. Further calls before the next pulse wait
     * for it, so a slider dragged across many values costs at most one extra frame per pulse.
     */
    void frameNow() {
        if (!extraFrameTaken) {
            extraFrameTaken = true;
            frame();
        }
    }

    /** One frame's work, timed. */
    void frame() {
        long startNanos = System.nanoTime();
        dev.descent.app.engine.ScreenLoad l = load;
        if (l != null) {
            l.working();
        }
        try {
            work.run();
        } finally {
            if (l != null) {
                l.done();
            }
            long workNanos = System.nanoTime() - startNanos;
            if (listener != null) {
                listener.frameDone(workNanos);
            }
        }
    }
}
