package dev.descent.charts;

import dev.descent.core.Mse;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;

import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An animated GIF of a run for slides: the fit chart and the landscape side by side, one frame per epoch
 * (the start included), so the line swings into place while the point rolls down the bowl. A long run is
 * thinned evenly to at most {@value #MAX_FRAMES} frames, always keeping the start and the end; the last
 * frame holds for {@value #FINAL_HOLD} hundredths of a second, and the GIF loops forever.
 *
 * <p>One run is drawn with {@link RunCharts}' own fit and landscape (its tangent and notes), on a
 * landscape axis fixed to the whole run's; several runs with {@link CompareCharts.Frames}. Each chart is
 * drawn on half the picture; below 1200×750 the charts are drawn larger and scaled down, so that their
 * text keeps its proportions.
 */
public final class RunAnimation {
    /** The most frames in one GIF. */
    public static final int MAX_FRAMES = 150;
    /** How long the last frame shows, in hundredths of a second. */
    public static final int FINAL_HOLD = 300;
    /** About how long the moving part plays, in hundredths of a second. */
    public static final int PLAY_TIME = 800;
    /** The shortest and longest delay of a moving frame (browsers slow down anything under 2). */
    public static final int MIN_DELAY = 4;
    public static final int MAX_DELAY = 50;
    /** Bounds on the picture, in pixels: large enough for a slide, small enough to write in seconds. */
    public static final int MIN_SIDE = 200;
    public static final int MAX_WIDTH = 2400;
    public static final int MAX_HEIGHT = 1500;

    /** Each half is drawn at least this large and scaled down to fit. */
    private static final double DESIGN_WIDTH = 600;
    private static final double DESIGN_HEIGHT = 750;

    private RunAnimation() {
    }

    /** The epochs the frames show (0 = the start, n = after the last epoch): all, or evenly thinned. */
    public static int[] frameEpochs(int epochs) {
        return Decimation.evenly(epochs + 1, MAX_FRAMES);
    }

    /** The delay of every frame but the last: the animation plays in about {@value #PLAY_TIME} cs. */
    public static int delay(int frames) {
        int d = (int) Math.round((double) PLAY_TIME / Math.max(1, frames));
        return Math.max(MIN_DELAY, Math.min(MAX_DELAY, d));
    }

    /** Checks the picture size; the message names the limits. */
    public static void checkSize(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_WIDTH || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("an animation is " + MIN_SIDE + " to " + MAX_WIDTH + " pixels wide and "
                    + MIN_SIDE + " to " + MAX_HEIGHT + " high; got " + width + "x" + height);
        }
    }

    /**
     * Encodes the animated GIF of the runs (one, or up to {@value CompareCharts#MAX_RUNS} to compare) into
     * {@code out}, which is flushed and left open.
     */
    public static void writeGif(OutputStream out, List<RunTrace> runs, int width, int height) throws IOException {
        writeGif(out, runs, width, height, (done, total) -> { });
    }

    /** What an encoder reports after each frame: {@code done} of {@code total} frames are written. */
    @FunctionalInterface
    public interface FramesDone {
        void after(int done, int total);
    }

    /**
     * As {@link #writeGif(OutputStream, List, int, int)}, telling {@code progress} after each frame; an
     * exception thrown there (a cancelled export) stops the encoding.
     */
    public static void writeGif(OutputStream out, List<RunTrace> runs, int width, int height, FramesDone progress)
            throws IOException {
        AnimatedGif.Frames frames = frames(runs, width, height);
        AnimatedGif.write(out, new AnimatedGif.Frames() {
            @Override
            public int count() {
                return frames.count();
            }

            @Override
            public BufferedImage frame(int i) {
                if (i > 0) {
                    progress.after(i, frames.count());
                }
                return frames.frame(i);
            }

            @Override
            public int delayCentiseconds(int i) {
                return frames.delayCentiseconds(i);
            }
        });
        progress.after(frames.count(), frames.count());
    }

    /** The frames of the animation, drawn one at a time as they are asked for. */
    public static AnimatedGif.Frames frames(List<RunTrace> runs, int width, int height) {
        CompareCharts.check(runs);
        checkSize(width, height);
        int epochs = runs.stream().mapToInt(RunTrace::epochs).max().orElse(0);
        int[] shown = frameEpochs(epochs);
        int half = width / 2;
        double scale = Math.min(1.0, Math.min(half / DESIGN_WIDTH, height / DESIGN_HEIGHT));
        int chartWidth = (int) Math.round(half / scale);
        FrameCharts charts = runs.size() == 1 ? single(runs.get(0), chartWidth)
                : compare(new CompareCharts.Frames(runs, chartWidth, shown));
        int delay = delay(shown.length);
        return new AnimatedGif.Frames() {
            @Override
            public int count() {
                return shown.length;
            }

            @Override
            public BufferedImage frame(int i) {
                int k = i == shown.length - 1 ? CompareCharts.Frames.END : shown[i];
                return draw(charts.fit(k), charts.landscape(k), width, height, scale);
            }

            @Override
            public int delayCentiseconds(int i) {
                return i == shown.length - 1 ? FINAL_HOLD : delay;
            }
        };
    }

    private interface FrameCharts {
        JFreeChart fit(int k);

        JFreeChart landscape(int k);
    }

    private static FrameCharts compare(CompareCharts.Frames frames) {
        return new FrameCharts() {
            @Override
            public JFreeChart fit(int k) {
                return frames.fit(k);
            }

            @Override
            public JFreeChart landscape(int k) {
                return frames.landscape(k);
            }
        };
    }

    /** One run, with RunCharts' charts of its first k epochs; the landscape's axis is the whole run's. */
    private static FrameCharts single(RunTrace run, int chartWidth) {
        RunConfig config = run.config();
        Span range = RunCharts.landscapeChart(config, run.history(), run.result(), chartWidth).parameterView();
        return new FrameCharts() {
            @Override
            public JFreeChart fit(int k) {
                return RunCharts.fitChart(config, prefix(k), resultAfter(k)).chart();
            }

            @Override
            public JFreeChart landscape(int k) {
                return RunCharts.landscapeChart(config, prefix(k), resultAfter(k), chartWidth, range).chart();
            }

            private List<EpochSnapshot> prefix(int k) {
                return run.history().subList(0, run.recordedBefore(k));
            }

            private RunResult resultAfter(int k) {
                if (k >= run.epochs()) {
                    return run.result();
                }
                double[] theta = run.paramsAfter(k);
                return new RunResult(StopReason.COMPLETED, "after " + k + " epochs", k, theta,
                        Mse.cost(config.model(), config.data(), theta), -1);
            }
        };
    }

    /** The two charts side by side on a white picture. */
    static BufferedImage draw(JFreeChart left, JFreeChart right, int width, int height, double scale) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(ChartStyle.BACKGROUND);
            g.fillRect(0, 0, width, height);
            int half = width / 2;
            Rectangle2D area = new Rectangle2D.Double(0, 0, half / scale, height / scale);
            AffineTransform base = g.getTransform();
            g.scale(scale, scale);
            left.draw(g, area);
            g.setTransform(base);
            g.translate(half, 0);
            g.scale(scale, scale);
            right.draw(g, new Rectangle2D.Double(0, 0, (width - half) / scale, height / scale));
        } finally {
            g.dispose();
        }
        return image;
    }
}
