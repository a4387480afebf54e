package dev.descent.charts;

import org.jfree.data.general.Dataset;

/**
 * A chart's own dataset that changes while the chart is live, and so is copied with the chart
 * ({@link ChartCopies#detached}): a copy drawn on another thread must not read it mid-change.
 */
interface CopiedData {
    /** A copy that later changes to this dataset do not reach. */
    Dataset copy();
}
