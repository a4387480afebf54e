package dev.descent.app.view;

import org.jfree.chart.JFreeChart;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One chart of the window kept twice: {@link #here()} on the FX thread, which the window changes and
 * asks (axes, legends, what the mouse is over), and a twin that only its {@link ChartPainter.Lane}'s
 * thread touches, which it draws. A {@link #change} applies to both, here at once and to the twin in order
 * with the frame's other changes; a {@link #changeTwin} (the run's data, which only the picture needs) to
 * the twin alone. So the twin is always in a state of the window's frames, and the FX thread never waits
 * for a picture being drawn (only {@link ChartPainter.Lane#call}, for a file, waits for the lane).
 *
 * <p>A change must capture only values nobody changes afterwards (copies of reused arrays), because the
 * painter applies it later.
 *
 * @param <T> the chart's wrapper ({@code FitChart}, {@code CostChart}, …)
 */
public final class Mirrored<T> {
    private final T here;
    private final T twin;
    private final Function<T, JFreeChart> chartOf;
    private final ChartPainter.Lane painter;

    private Mirrored(T here, T twin, Function<T, JFreeChart> chartOf, ChartPainter.Lane painter) {
        this.here = here;
        this.twin = twin;
        this.chartOf = chartOf;
        this.painter = painter;
    }

    /**
     * A chart with a twin that {@code lane} draws (the lane of the place that shows it); {@code make} is
     * called twice, for the two.
     */
    public static <T> Mirrored<T> drawnBy(ChartPainter.Lane lane, java.util.function.Supplier<T> make,
                                          Function<T, JFreeChart> chartOf) {
        T twin = make.get();
        // The twin is never listened to: its changes need no events, only its axes' own configuration.
        chartOf.apply(twin).setNotify(false);
        return new Mirrored<>(make.get(), twin, chartOf, lane);
    }

    /** The lane that draws the twin (null with none). */
    ChartPainter.Lane lane() {
        return painter;
    }

    /** A chart with no twin and nothing drawing it (the window's logic tested without a window). */
    public static <T> Mirrored<T> alone(T chart, Function<T, JFreeChart> chartOf) {
        return new Mirrored<>(chart, null, chartOf, null);
    }

    /** The FX thread's chart: change it only through {@link #change}. */
    public T here() {
        return here;
    }

    /** The FX thread's {@code JFreeChart}. */
    public JFreeChart chart() {
        return chartOf.apply(here);
    }

    /** Applies {@code change} to the chart here now, and to its twin before the painter next draws it. */
    public void change(Consumer<T> change) {
        change.accept(here);
        if (painter != null) {
            painter.record(this, () -> change.accept(twin));
        }
    }

    /**
     * Applies {@code change} to the twin only: for what only the picture needs and the window never asks
     * this chart (work that would otherwise be done twice, once on the FX thread). With no painter, the
     * chart here takes it.
     */
    public void changeTwin(Consumer<T> change) {
        if (painter != null) {
            painter.record(this, () -> change.accept(twin));
        } else {
            change.accept(here);
        }
    }

    /** The twin's {@code JFreeChart}: on the painter's thread only. */
    JFreeChart twinChart() {
        return chartOf.apply(twin);
    }
}
