package dev.descent.charts;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Size2D;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A legend that folds instead of crowding the plot out: when its entries would take more rows than
 * {@link #maxRows} allows for the room it is given, compared runs are named by number alone
 * ({@link #shortLabel}), and if that is still too many rows, the last entries give way to one
 * "+N more" entry. Each arrangement measures with the real fonts at the real width, so the fold is
 * right on screen and in a picture of any size.
 */
public final class FoldingLegend extends LegendTitle {
    private static final long serialVersionUID = 1L;
    /** The share of the chart's height (what is left of it when the legend is placed) the legend may take. */
    public static final double HEIGHT_SHARE = 0.1;
    /** How many entries are shown, the "+N more" one included; unlimited outside {@link #arrange}. */
    private int limit = Integer.MAX_VALUE;
    /** Whether the entries are shown by their short names ({@link #shortLabel}). */
    private boolean shortNames;

    public FoldingLegend(LegendItemSource source) {
        super(source);
    }

    /** How many rows a legend may take in a chart whose titles have {@code height} pixels left: at least one. */
    public static int maxRows(double height, double rowHeight) {
        if (!(rowHeight > 0) || !(height > 0)) {
            return 1;
        }
        return Math.max(1, (int) Math.floor(height * HEIGHT_SHARE / rowHeight));
    }

    /**
     * How many of the entries are shown as themselves when {@code total} entries fold to {@code limit}
     * places: all of them when they fit, else one place fewer, for the "+N more" entry.
     */
    public static int shownEntries(int total, int limit) {
        return total <= limit ? total : Math.max(0, limit - 1);
    }

    /**
     * The short name of an entry: a compared run's "2 · GD lr 0.1" becomes "run 2"; other entries keep
     * their name. The first fold, before entries are left out.
     */
    public static String shortLabel(String label) {
        int dot = label.indexOf(" \u00b7 ");
        return dot > 0 && label.substring(0, dot).chars().allMatch(Character::isDigit)
                ? "run " + label.substring(0, dot) : label;
    }

    /** The text of the entry that stands for {@code hidden} entries left out. */
    public static String moreLabel(int hidden) {
        return "+" + hidden + " more";
    }

    @Override
    protected void fetchLegendItems() {
        super.fetchLegendItems();
        BlockContainer items = getItemContainer();
        if (shortNames) {
            items.clear();
            for (LegendItemSource source : getSources()) {
                var collection = source.getLegendItems();
                for (int i = 0; collection != null && i < collection.getItemCount(); i++) {
                    items.add(createLegendItemBlock(renamed(collection.get(i))));
                }
            }
        }
        List<Block> all = new ArrayList<>();
        for (Object block : items.getBlocks()) {
            all.add((Block) block);
        }
        if (all.size() <= limit) {
            return;
        }
        int keep = shownEntries(all.size(), limit);
        items.clear();
        for (int i = 0; i < keep; i++) {
            items.add(all.get(i));
        }
        items.add(createLegendItemBlock(more(all.size() - keep)));
    }

    private static LegendItem renamed(LegendItem item) {
        String name = shortLabel(item.getLabel());
        if (name.equals(item.getLabel())) {
            return item;
        }
        LegendItem copy = new LegendItem(name, item.getDescription(), item.getToolTipText(), item.getURLText(),
                item.isShapeVisible(), item.getShape(), item.isShapeFilled(), item.getFillPaint(),
                item.isShapeOutlineVisible(), item.getOutlinePaint(), item.getOutlineStroke(), item.isLineVisible(),
                item.getLine(), item.getLineStroke(), item.getLinePaint());
        copy.setLabelFont(item.getLabelFont());
        copy.setLabelPaint(item.getLabelPaint());
        return copy;
    }

    private static LegendItem more(int hidden) {
        Rectangle2D none = new Rectangle2D.Double(0, 0, 1, 1);
        java.awt.Color clear = new java.awt.Color(0, 0, 0, 0);
        java.awt.Stroke thin = new java.awt.BasicStroke(1f);
        return new LegendItem(moreLabel(hidden), null, null, null, false, none, false, clear, false, clear, thin,
                false, none, thin, clear);
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        limit = Integer.MAX_VALUE;
        shortNames = false;
        Size2D size = super.arrange(g2, constraint);
        int count = getItemContainer().getBlocks().size();
        double height = constraint.getHeightRange() != null ? constraint.getHeightRange().getUpperBound()
                : constraint.getHeight();
        if (rows() > maxRows(height, rowHeight())) {
            shortNames = true;
            size = super.arrange(g2, constraint);
        }
        while (limit > 1 && rows() > maxRows(height, rowHeight())) {
            limit = Math.min(limit, count) - 1;
            size = super.arrange(g2, constraint);
        }
        return size;
    }

    /** Whether the last arrangement shows the entries by their short names. */
    public boolean shortNames() {
        return shortNames;
    }

    /** How many entries were arranged, the "+N more" one included (after a draw; for tests). */
    public int arrangedEntries() {
        return getItemContainer().getBlocks().size();
    }

    /** How many rows the entries were arranged in (after a draw). */
    public int rows() {
        Set<Long> tops = new HashSet<>();
        for (Object o : getItemContainer().getBlocks()) {
            Rectangle2D b = ((Block) o).getBounds();
            if (b != null) {
                tops.add(Math.round(b.getY()));
            }
        }
        return Math.max(1, tops.size());
    }

    private double rowHeight() {
        List<?> blocks = getItemContainer().getBlocks();
        return blocks.isEmpty() || ((Block) blocks.get(0)).getBounds() == null ? 0
                : ((Block) blocks.get(0)).getBounds().getHeight();
    }
}
