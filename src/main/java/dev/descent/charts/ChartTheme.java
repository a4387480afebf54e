package dev.descent.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The colours a chart is drawn in: the light look of {@link ChartStyle} (white, for print and bright
 * rooms) or a dark one (for a projector in a dim room). Every colour of the light look has one
 * counterpart here, so a chart built in {@link ChartStyle}'s colours is turned to this theme by
 * {@link #apply}, and back again by {@link #LIGHT}'s. The run colours stay the Okabe–Ito set on both;
 * on the dark background only the blue is swapped for Okabe–Ito's sky blue, which the dark needs to
 * stand out, and the line patterns ({@link ChartStyle#RUN_STROKES}) still tell runs apart.
 */
public final class ChartTheme {
    private static final Map<Color, Color> DARK_COLOURS = darkColours();
    /** Any theme's colour back to the light one it stands for. */
    private static final Map<Color, Color> TO_LIGHT = toLight(DARK_COLOURS);

    /** ChartStyle's own colours: black on white. */
    public static final ChartTheme LIGHT = new ChartTheme("light", false, Map.of());
    /** Light text and lines on the dark grey of the window's dark theme. */
    public static final ChartTheme DARK = new ChartTheme("dark", true, DARK_COLOURS);

    private final String name;
    private final boolean dark;
    /** Light colour to this theme's colour; colours not listed stay as they are. */
    private final Map<Color, Color> fromLight;

    private ChartTheme(String name, boolean dark, Map<Color, Color> fromLight) {
        this.name = name;
        this.dark = dark;
        this.fromLight = fromLight;
    }

    private static Map<Color, Color> darkColours() {
        Map<Color, Color> m = new LinkedHashMap<>();
        m.put(ChartStyle.BACKGROUND, new Color(0x0D, 0x11, 0x17));
        m.put(ChartStyle.TEXT, new Color(0xE6, 0xED, 0xF3));
        m.put(ChartStyle.SUBTLE_TEXT, new Color(0xA8, 0xB1, 0xBB));
        m.put(ChartStyle.GRID, new Color(0x30, 0x36, 0x3D));
        m.put(ChartStyle.AXIS_LINE, new Color(0x8B, 0x94, 0x9E));
        m.put(ChartStyle.BLUE, new Color(0x56, 0xB4, 0xE9));
        m.put(ChartStyle.GREY, new Color(0xA0, 0xA0, 0xA0));
        m.put(ChartStyle.LABEL_BACKGROUND, new Color(0x0D, 0x11, 0x17, 220));
        m.put(ChartStyle.GHOST_COLOR, new Color(0xB0, 0xB0, 0xB0, 0x90));
        m.put(ChartStyle.COMPARE_DATA_COLOR, new Color(0xC9, 0xD1, 0xD9));
        m.put(ChartStyle.COMPARE_CURVE_COLOR, new Color(0x5A, 0x62, 0x6C));
        m.put(CompareCharts.MANY_DOTS_COLOR, new Color(0xC9, 0xD1, 0xD9, 90));
        m.put(FitChart.SMALL_DOT_COLOR, new Color(0x56, 0xB4, 0xE9, 120));
        return Map.copyOf(m);
    }

    private static Map<Color, Color> toLight(Map<Color, Color> fromLight) {
        Map<Color, Color> back = new java.util.HashMap<>();
        fromLight.forEach((light, other) -> back.put(other, light));
        return Map.copyOf(back);
    }

    /** "light" or "dark". */
    public String name() {
        return name;
    }

    public boolean isDark() {
        return dark;
    }

    public Color background() {
        return colour(ChartStyle.BACKGROUND);
    }

    public Color text() {
        return colour(ChartStyle.TEXT);
    }

    public Color grid() {
        return colour(ChartStyle.GRID);
    }

    /** The colour of compared run {@code i} in this theme. */
    public Color runColor(int i) {
        return colour(ChartStyle.runColor(i));
    }

    /** The theme named {@code name} ("light" or "dark", any case). */
    public static ChartTheme named(String name) {
        return "dark".equalsIgnoreCase(Objects.requireNonNullElse(name, "").trim()) ? DARK : LIGHT;
    }

    /**
     * This theme's counterpart of {@code c}, a colour of either theme ({@link ChartStyle}'s, or one this
     * or another theme turned it into); a colour no theme lists is returned as it is.
     */
    public Color colour(Color c) {
        if (c == null) {
            return null;
        }
        Color light = TO_LIGHT.getOrDefault(c, c);
        return fromLight.getOrDefault(light, light);
    }

    /** {@link #colour} for a paint; gradients and other paints are left as they are. */
    public Paint paint(Paint p) {
        return p instanceof Color c ? colour(c) : p;
    }

    /** The colour of a marker's label: darker than its line on light, lighter on dark, for contrast. */
    public Color markerLabel(Color line) {
        Color c = colour(line);
        return dark ? c.brighter() : c.darker();
    }

    /**
     * Turns {@code chart} to this theme: background, grid, titles, legend, axes, markers (those on the
     * plot and {@code extraMarkers}, which may be off it now) and every series' colour. Only what
     * differs is set, and the chart fires one change at most, so calling this after each rebuild or
     * redraw costs almost nothing. {@code extraAxes} are axes not on the plot now (a swapped-out scale).
     * A chart with a colour scale (the cost surface's heat map) keeps its own colours inside the plot.
     */
    public void apply(JFreeChart chart, Collection<? extends Marker> extraMarkers, Collection<? extends Axis> extraAxes) {
        apply(chart, extraMarkers, extraAxes, true);
    }

    /**
     * {@link #apply} for a chart's copy made for export: its markers are shared with the chart on
     * screen ({@link JFreeChart#clone} shares them), so they are left as they are.
     */
    public void applyToCopy(JFreeChart copy) {
        apply(copy, List.of(), List.of(), false);
    }

    private void apply(JFreeChart chart, Collection<? extends Marker> extraMarkers,
                       Collection<? extends Axis> extraAxes, boolean plotMarkers) {
        applyFrame(chart, extraAxes);
        if (!(chart.getPlot() instanceof XYPlot plot) || hasColourScale(chart)) {
            return;
        }
        boolean was = chart.isNotify();
        chart.setNotify(false);
        try {
            set(plot.getBackgroundPaint(), plot::setBackgroundPaint);
            for (int i = 0; i < plot.getRendererCount(); i++) {
                XYItemRenderer r = plot.getRenderer(i);
                if (r == null) {
                    continue;
                }
                int series = plot.getDataset(i) == null ? 0 : plot.getDataset(i).getSeriesCount();
                for (int s = 0; s < Math.max(series, 8); s++) {
                    int k = s;
                    set(r.getSeriesPaint(k), p -> r.setSeriesPaint(k, p, false));
                    set(r.getSeriesOutlinePaint(k), p -> r.setSeriesOutlinePaint(k, p, false));
                    set(r.getSeriesFillPaint(k), p -> r.setSeriesFillPaint(k, p, false));
                }
                set(r.getDefaultPaint(), p -> r.setDefaultPaint(p, false));
                set(r.getDefaultOutlinePaint(), p -> r.setDefaultOutlinePaint(p, false));
                set(r.getDefaultFillPaint(), p -> r.setDefaultFillPaint(p, false));
                if (r instanceof AbstractXYItemRenderer a) {
                    a.setDefaultItemLabelPaint(paint(a.getDefaultItemLabelPaint()), false);
                }
            }
            LegendItemCollection fixed = plot.getFixedLegendItems();
            if (fixed != null) {
                for (int i = 0; i < fixed.getItemCount(); i++) {
                    LegendItem item = fixed.get(i);
                    item.setLinePaint(paint(item.getLinePaint()));
                    item.setFillPaint(paint(item.getFillPaint()));
                    item.setOutlinePaint(paint(item.getOutlinePaint()));
                }
            }
            List<Marker> markers = new ArrayList<>(extraMarkers);
            for (Layer layer : plotMarkers ? new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND} : new Layer[0]) {
                markers.addAll(nonNull(plot.getDomainMarkers(layer)));
                markers.addAll(nonNull(plot.getRangeMarkers(layer)));
            }
            for (Marker m : markers) {
                if (m.getPaint() instanceof Color line && !colour(line).equals(line)) {
                    m.setPaint(colour(line));
                }
                if (m.getPaint() instanceof Color line && !markerLabel(line).equals(m.getLabelPaint())) {
                    m.setLabelPaint(markerLabel(line));
                }
                if (!Objects.equals(m.getLabelBackgroundColor(), colour(m.getLabelBackgroundColor()))) {
                    m.setLabelBackgroundColor(colour(m.getLabelBackgroundColor()));
                }
            }
        } finally {
            chart.setNotify(was);
        }
    }

    /** {@link #apply} with no markers or axes off the plot. */
    public void apply(JFreeChart chart) {
        apply(chart, List.of(), List.of());
    }

    /**
     * Turns only the chart's frame to this theme: its background, titles, legend and axes, leaving
     * what is drawn inside the plot alone (the cost surface's heat map has its own colour scale).
     */
    public void applyFrame(JFreeChart chart, Collection<? extends Axis> extraAxes) {
        boolean was = chart.isNotify();
        chart.setNotify(false);
        try {
            if (chart.getBackgroundPaint() != null) {
                set(chart.getBackgroundPaint(), chart::setBackgroundPaint);
            }
            List<Title> titles = new ArrayList<>();
            if (chart.getTitle() != null) {
                titles.add(chart.getTitle());
            }
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                titles.add(chart.getSubtitle(i));
            }
            List<Axis> axes = new ArrayList<>(extraAxes);
            for (Title t : titles) {
                if (t instanceof TextTitle text) {
                    set(text.getPaint(), text::setPaint);
                    if (text.getBackgroundPaint() != null) {
                        set(text.getBackgroundPaint(), text::setBackgroundPaint);
                    }
                } else if (t instanceof LegendTitle legend) {
                    set(legend.getItemPaint(), legend::setItemPaint);
                    if (legend.getBackgroundPaint() != null) {
                        set(legend.getBackgroundPaint(), legend::setBackgroundPaint);
                    }
                } else if (t instanceof PaintScaleLegend bar) {
                    if (bar.getBackgroundPaint() != null) {
                        set(bar.getBackgroundPaint(), bar::setBackgroundPaint);
                    }
                    set(bar.getStripOutlinePaint(), bar::setStripOutlinePaint);
                    axes.add(bar.getAxis());
                }
            }
            if (chart.getPlot() instanceof XYPlot plot) {
                set(plot.getDomainGridlinePaint(), plot::setDomainGridlinePaint);
                set(plot.getRangeGridlinePaint(), plot::setRangeGridlinePaint);
                for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                    axes.add(plot.getDomainAxis(i));
                }
                for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                    axes.add(plot.getRangeAxis(i));
                }
            }
            for (Axis a : axes) {
                if (a == null) {
                    continue;
                }
                set(a.getLabelPaint(), a::setLabelPaint);
                set(a.getTickLabelPaint(), a::setTickLabelPaint);
                set(a.getAxisLinePaint(), a::setAxisLinePaint);
                set(a.getTickMarkPaint(), a::setTickMarkPaint);
            }
        } finally {
            chart.setNotify(was);
        }
    }

    private static boolean hasColourScale(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend) {
                return true;
            }
        }
        return false;
    }

    private void set(Paint now, java.util.function.Consumer<Paint> setter) {
        Paint wanted = paint(now);
        if (now != null && !wanted.equals(now)) {
            setter.accept(wanted);
        }
    }

    private static Collection<Marker> nonNull(Collection<?> markers) {
        List<Marker> list = new ArrayList<>();
        if (markers != null) {
            for (Object o : markers) {
                list.add((Marker) o);
            }
        }
        return list;
    }

    @Override
    public String toString() {
        return name;
    }
}
