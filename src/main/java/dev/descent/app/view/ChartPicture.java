package dev.descent.app.view;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One of the window's chart places: it shows the picture the {@link ChartPainter} last drew of its
 * chart, at the place's size, and maps the mouse onto that picture's axes. The chart is either a
 * {@link Mirrored} one the window keeps changing, redrawn whenever it changes, or one built whole for a
 * frame (the compared runs' overlays) on the painter's thread.
 *
 * <p>Until a new picture arrives (after a resize, say) the last one is shown stretched to the place, so
 * the place is never empty. The mouse always reads the picture on screen: what is under it is what the
 * person sees.
 */
public final class ChartPicture extends Region {
    private final ChartPainter.Lane lane;
    private final ImageView view = new ImageView();
    /** What is shown: a kept chart, or (when null) the last {@link #build}. */
    private Mirrored<?> source;
    private Supplier<JFreeChart> build;
    /** A new picture is wanted at the next flush (new source, new size, a build). */
    private boolean wanted = true;
    /** The number of the latest request made; pictures carry the number they were drawn for. */
    private long version;
    /** The size the latest request was for. */
    private double askedWidth = -1;
    private double askedHeight = -1;
    private double askedScale = -1;
    private Request request; // guarded by this
    private final AtomicReference<Picture> ready = new AtomicReference<>();
    /** The newest request the painter could not draw (a chart that failed): counted as answered. */
    private final java.util.concurrent.atomic.AtomicLong failedVersion = new java.util.concurrent.atomic.AtomicLong();
    private Picture shown;
    /** The picture before {@link #shown}: its pixels may still be on their way to the screen. */
    private Picture retiring;
    private long shownVersion;
    /** Buffers no picture on screen uses any more, for the painter to draw into again. */
    private final ConcurrentLinkedQueue<Buffer> spare = new ConcurrentLinkedQueue<>();
    private final java.util.List<Runnable> onPicture = new java.util.ArrayList<>();

    /** A place drawn by {@code lane}, which draws the kept charts shown here too. */
    public ChartPicture(ChartPainter.Lane lane) {
        this.lane = lane;
        lane.add(this);
        view.setMouseTransparent(true);
        view.setPreserveRatio(false);
        view.setSmooth(true);
        getChildren().add(view);
        setMinSize(0, 0);
    }

    /** Shows {@code chart}, redrawn whenever it changes. */
    public void show(Mirrored<?> chart) {
        if (chart.lane() != lane) {
            throw new IllegalArgumentException("a chart is shown in a place of the lane that draws it");
        }
        if (source != chart) {
            source = chart;
            build = null;
            askAgain();
        }
    }

    /** Shows the chart {@code make} builds on the painter's thread (called there, once per picture). */
    public void build(Supplier<JFreeChart> make) {
        source = null;
        build = make;
        askAgain();
    }

    /** The kept chart shown, or null when the place shows built ones. */
    public Mirrored<?> source() {
        return source;
    }

    /**
     * The FX thread's chart in this place: the kept chart, or the one the picture on screen was built
     * from (nobody changes it after it is drawn). Null before the first picture of a build.
     */
    public JFreeChart getChart() {
        if (source != null) {
            return source.chart();
        }
        return shown == null || shown.kept() ? null : shown.chart();
    }

    /** The chart the picture on screen was drawn from (read it only while {@link #isCurrent()}). */
    public JFreeChart drawnChart() {
        return shown == null ? null : shown.chart();
    }

    /**
     * {@code read} applied to the chart as it is drawn (its twin, on the painter's thread, once this
     * frame's changes are in), for a copy to put in a file; a built chart is read here.
     */
    public <R> R readDrawn(java.util.function.Function<JFreeChart, R> read) {
        Mirrored<?> kept = source;
        if (kept != null) {
            return lane.call(() -> read.apply(kept.twinChart()));
        }
        // A built chart is never changed once drawn; a kept chart's picture (shown until the first built
        // one arrives) is its twin's, which only its lane may read.
        return shown == null || shown.kept() ? null : read.apply(shown.chart());
    }

    /** Where the picture on screen put its plot and items; null before the first picture. */
    public ChartRenderingInfo getRenderingInfo() {
        return shown == null ? null : shown.info();
    }

    /** The axes of the picture on screen, to turn the mouse's place into values; null before the first. */
    public Axes axes() {
        return shown == null ? null : shown.axes();
    }

    /** Whether the picture on screen is of the latest state asked for: nothing changed since is on its way. */
    public boolean isCurrent() {
        synchronized (this) {
            if (request != null) {
                return false;
            }
        }
        return !wanted && ready.get() == null && shownVersion == version;
    }

    /** The number of the latest picture asked for. */
    public long version() {
        return version;
    }

    /** The number of the picture on screen (0 before the first). */
    public long shownVersion() {
        return shownVersion;
    }

    /** Runs {@code action} each time a new picture is shown, or a request that failed is given up (FX thread). */
    public void addOnPicture(Runnable action) {
        onPicture.add(action);
    }

    private void askAgain() {
        wanted = true;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        view.setFitWidth(w);
        view.setFitHeight(h);
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX()
                : 1;
        if (w != askedWidth || h != askedHeight || scale != askedScale) {
            askAgain();
        }
    }

    /**
     * At a flush: asks for a picture if this place wants one or its chart is among {@code changed}.
     *
     * @return whether it asked
     */
    boolean askIfChanged(Set<Mirrored<?>> changed) {
        if (!wanted && (source == null || !changed.contains(source))) {
            return false;
        }
        double w = getWidth();
        double h = getHeight();
        if (w < 1 || h < 1 || (source == null && build == null)) {
            return false; // not laid out yet: the first layout asks
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX()
                : 1;
        wanted = false;
        askedWidth = w;
        askedHeight = h;
        askedScale = scale;
        Mirrored<?> kept = source;
        Supplier<JFreeChart> chart = kept != null ? kept::twinChart : build;
        Request r = new Request(++version, chart, kept != null, w, h, scale, (int) Math.ceil(w * scale),
                (int) Math.ceil(h * scale));
        synchronized (this) {
            request = r;
        }
        return true;
    }

    /** Whether a picture is asked for and not yet taken by the painter (any thread). */
    synchronized boolean hasRequest() {
        return request != null;
    }

    /** The painter's thread takes the newest request, if any. */
    synchronized Request takeRequest() {
        Request r = request;
        request = null;
        return r;
    }

    /** A buffer of this size for the painter to draw into: a spare one, or a new one. */
    Buffer buffer(int width, int height) {
        Buffer b;
        while ((b = spare.poll()) != null) {
            if (b.image().getWidth() == width && b.image().getHeight() == height) {
                return b;
            }
        }
        return Buffer.of(width, height);
    }

    /** The painter's thread hands over a new picture; the FX thread shows it soon. */
    void deliver(Picture picture) {
        Picture before = ready.getAndSet(picture);
        if (before != null) {
            spare.add(before.buffer()); // never shown: a newer picture came first
        }
    }

    /** The painter could not draw {@code r}: the place keeps its picture, and counts the request as answered. */
    void failed(Request r) {
        failedVersion.accumulateAndGet(r.version(), Math::max);
    }

    /** At each pulse (FX thread): shows the newest picture the painter has drawn, if any. */
    void showReady() {
        long failed = failedVersion.get();
        if (failed > shownVersion && ready.get() == null) {
            // The picture on screen stays, and counts as the answer: whoever waits for it hears so.
            shownVersion = failed;
            for (Runnable action : onPicture) {
                action.run();
            }
        }
        Picture p = ready.getAndSet(null);
        if (p == null) {
            return;
        }
        // The painter wrote these pixels while no picture on screen used them; this tells JavaFX they are new.
        p.buffer().pixelBuffer().updateBuffer(b -> null);
        view.setImage(p.buffer().fxImage());
        if (retiring != null) {
            spare.add(retiring.buffer());
        }
        retiring = shown;
        shown = p;
        shownVersion = p.version();
        for (Runnable action : onPicture) {
            action.run();
        }
    }

    /** What the painter is asked to draw: which chart, at what size, for which request. */
    record Request(long version, Supplier<JFreeChart> chart, boolean kept, double width, double height, double scale,
                   int pixelWidth, int pixelHeight) {
    }

    /** Pixels the painter draws into with Java2D and JavaFX shows without copying. */
    record Buffer(BufferedImage image, int[] pixels, PixelBuffer<IntBuffer> pixelBuffer, WritableImage fxImage) {
        static Buffer of(int width, int height) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            PixelBuffer<IntBuffer> pb = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            return new Buffer(image, pixels, pb, new WritableImage(pb));
        }
    }

    /** One drawn picture: its pixels, the chart it shows and where that chart's plot went. */
    /** @param kept whether {@code chart} is a kept chart's twin (else it was built for this picture) */
    record Picture(long version, Buffer buffer, JFreeChart chart, boolean kept, ChartRenderingInfo info, Axes axes) {
    }

    /**
     * The axes of a drawn chart as they were drawn, with its data area: the mouse maps through these,
     * so it reads the picture on screen even while the chart has moved on.
     */
    public record Axes(ValueAxis domain, RectangleEdge domainEdge, ValueAxis range, RectangleEdge rangeEdge,
                       Rectangle2D area) {
        /** Copies of {@code chart}'s axes after a draw recorded in {@code info}; null for a chart with no XY plot. */
        static Axes of(JFreeChart chart, ChartRenderingInfo info) {
            if (!(chart.getPlot() instanceof XYPlot plot) || info.getPlotInfo() == null) {
                return null;
            }
            try {
                return new Axes((ValueAxis) plot.getDomainAxis().clone(), plot.getDomainAxisEdge(),
                        (ValueAxis) plot.getRangeAxis().clone(), plot.getRangeAxisEdge(),
                        (Rectangle2D) info.getPlotInfo().getDataArea().clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("an axis could not be copied", e);
            }
        }

        /** The value across at pixel {@code x}. */
        public double x(double x) {
            return domain.java2DToValue(x, area, domainEdge);
        }

        /** The value up at pixel {@code y}. */
        public double y(double y) {
            return range.java2DToValue(y, area, rangeEdge);
        }

        /** The pixel across of value {@code x}. */
        public double pixelX(double x) {
            return domain.valueToJava2D(x, area, domainEdge);
        }

        /** The pixel up of value {@code y}. */
        public double pixelY(double y) {
            return range.valueToJava2D(y, area, rangeEdge);
        }
    }
}
