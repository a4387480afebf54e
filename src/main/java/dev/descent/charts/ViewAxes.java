package dev.descent.charts;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Axes whose automatic range is the one the chart computes (always finite, with its own rules for
 * caps and outliers) instead of the bounds of all data. They stay in auto-range mode, so a viewer's
 * "restore auto bounds" brings back the chart's view, not a view ruined by a diverged point. They
 * also space their ticks for a projector: at most one label per {@link #MIN_TICK_GAP_X} pixels across
 * and one per {@link #MIN_TICK_GAP_Y} pixels up.
 */
final class ViewAxes {
    /** The least room, in pixels, between two tick labels on a horizontal axis. */
    static final double MIN_TICK_GAP_X = 90;
    /** The least room, in pixels, between two tick labels on a vertical axis. */
    static final double MIN_TICK_GAP_Y = 48;

    private ViewAxes() {
    }

    /** A linear axis ranging over what {@code view} supplies (JFreeChart's own auto range when it supplies null). */
    static NumberAxis linear(String label, Supplier<Span> view) {
        return ChartStyle.axis(new Linear(label, view));
    }

    /**
     * A base-10 logarithmic axis ranging over what {@code view} supplies, with a tick at each power of
     * ten, labelled as a plain number from 0.001 to 1,000,000 and as 10ⁿ beyond.
     */
    static LogAxis log(String label, Supplier<Span> view) {
        LogAxis axis = ChartStyle.axis(new Log(label, view));
        axis.setBase(10);
        axis.setSmallestValue(1e-300);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return axis;
    }

    /** The largest number of tick labels that fit along {@code pixels} with {@code gap} pixels each. */
    static int maxTicks(double pixels, double gap) {
        return Math.max(2, (int) (pixels / gap));
    }

    /**
     * Steps {@code unit} up through {@code source} until at most {@code maxTicks} ticks span
     * {@code lower..upper}, but never so far that fewer than two ticks fall inside it: an axis with a
     * single "0" on it says nothing about scale.
     */
    static NumberTickUnit thinned(NumberTickUnit unit, TickUnitSource source, double lower, double upper,
                                  int maxTicks) {
        double length = upper - lower;
        NumberTickUnit u = unit;
        for (int guard = 0; guard < 100 && length / u.getSize() > maxTicks; guard++) {
            TickUnit larger = source.getLargerTickUnit(u);
            if (!(larger instanceof NumberTickUnit n) || n.getSize() <= u.getSize()
                    || ticksWithin(n.getSize(), lower, upper) < 2) {
                break;
            }
            u = n;
        }
        return u;
    }

    /** How many multiples of {@code size} lie in {@code lower..upper}. */
    static long ticksWithin(double size, double lower, double upper) {
        return (long) Math.floor(upper / size) - (long) Math.ceil(lower / size) + 1;
    }

    private static int maxTicksFor(Rectangle2D dataArea, RectangleEdge edge) {
        return RectangleEdge.isTopOrBottom(edge) ? maxTicks(dataArea.getWidth(), MIN_TICK_GAP_X)
                : maxTicks(dataArea.getHeight(), MIN_TICK_GAP_Y);
    }

    private static Span supplied(Supplier<Span> view) {
        return view == null ? null : view.get();
    }

    private static final class Linear extends NumberAxis {
        private final transient Supplier<Span> view;
        /** What the tick unit was last chosen for; choosing measures every candidate label's text. */
        private transient Object chosenFor;

        Linear(String label, Supplier<Span> view) {
            super(label);
            this.view = view;
        }

        @Override
        protected void autoAdjustRange() {
            Span s = supplied(view);
            if (s == null) {
                super.autoAdjustRange();
            } else {
                setRange(new Range(s.lower(), s.upper()), false, false);
            }
        }

        @Override
        protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            // A live chart redraws every frame with the same range most of the time: the choice is the same.
            Object key = java.util.List.of(getLowerBound(), getUpperBound(), dataArea.getWidth(), dataArea.getHeight(),
                    edge, getTickLabelFont(), getStandardTickUnits());
            if (key.equals(chosenFor)) {
                return;
            }
            super.selectAutoTickUnit(g2, dataArea, edge);
            setTickUnit(thinned(getTickUnit(), getStandardTickUnits(), getLowerBound(), getUpperBound(),
                    maxTicksFor(dataArea, edge)), false, false);
            chosenFor = key;
        }

        @Override
        public void setTickUnit(NumberTickUnit unit, boolean notify, boolean turnOffAutoSelect) {
            chosenFor = null;
            super.setTickUnit(unit, notify, turnOffAutoSelect);
        }
    }

    private static final class Log extends LogAxis {
        private final transient Supplier<Span> view;

        Log(String label, Supplier<Span> view) {
            super(label);
            this.view = view;
        }

        @Override
        protected void autoAdjustRange() {
            Span s = supplied(view);
            if (s == null || !(s.lower() > 0)) {
                super.autoAdjustRange();
            } else {
                setRange(new Range(s.lower(), s.upper()), false, false);
            }
        }

        @Override
        protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            super.selectAutoTickUnit(g2, dataArea, edge);
            setTickUnit(thinned(getTickUnit(), getStandardTickUnits(), calculateLog(Math.max(getLowerBound(), 1e-300)),
                    calculateLog(getUpperBound()), maxTicksFor(dataArea, edge)), false, false);
        }

        @Override
        protected AttributedString createTickLabel(double value) {
            if (value >= 0.999e-3 && value <= 1.001e6) {
                NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
                f.setMaximumFractionDigits(3);
                f.setGroupingUsed(true);
                String text = f.format(value);
                AttributedString as = new AttributedString(text);
                as.addAttributes(getTickLabelFont().getAttributes(), 0, text.length());
                return as;
            }
            return super.createTickLabel(value);
        }
    }

    /** The axis's range as a span (for tests and pixel maths). */
    static Span range(ValueAxis axis) {
        return new Span(axis.getLowerBound(), axis.getUpperBound());
    }
}
