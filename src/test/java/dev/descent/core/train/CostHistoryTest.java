package dev.descent.core.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostHistoryTest {

    /** The cost fed for epoch e: a smooth decay, with one spike and one dip planted in it. */
    private static double cost(int e) {
        if (e == 654_321) {
            return 1e6;
        }
        if (e == 777_777) {
            return -5;
        }
        return 100.0 / (1 + e);
    }

    @Test
    void aMillionEpochsStayInTheFixedNumberOfBucketsAndKeepSpikesAndEnds() {
        CostHistory h = new CostHistory(2, 4096);
        int n = 1_000_000;
        double[] params = new double[2];
        int maxSize = 0;
        for (int e = 0; e < n; e++) {
            params[0] = e;
            params[1] = -e;
            h.add(e, cost(e), params);
            maxSize = Math.max(maxSize, h.size());
        }
        assertEquals(4096, maxSize, "never more buckets than the capacity");
        // 10^6 epochs in buckets of a power-of-two width: 256 per bucket → 3907 buckets; 512 would give 1954.
        assertEquals(256, h.epochsPerBucket());
        assertEquals((n + 255) / 256, h.size());
        assertEquals(n, h.epochs());

        int spike = h.bucketOf(654_321);
        assertEquals(1e6, h.max(spike));
        assertEquals(654_321, h.maxEpoch(spike));
        int dip = h.bucketOf(777_777);
        assertEquals(-5, h.min(dip));
        assertEquals(777_777, h.minEpoch(dip));

        assertEquals(0, h.representativeEpoch(0));
        assertEquals(100.0, h.representativeCost(0));
        assertArrayEquals(new double[] {0, 0}, h.representativeParams(0));
        assertEquals(n - 1, h.lastEpoch());
        assertEquals(100.0 / n, h.lastCost());
        assertArrayEquals(new double[] {n - 1, -(n - 1)}, h.lastParams());
        assertEquals(n - 1, h.lastEpoch(h.size() - 1));
    }

    @Test
    void bucketsTileTheEpochsAndHoldTheirOwnExtremes() {
        CostHistory h = new CostHistory(1, 8);
        for (int e = 0; e < 37; e++) {
            h.add(e, cost(e), new double[] {e * 0.5});
        }
        // 37 epochs, 8 buckets: width 8 (after merges at 9 and 17 and 33 epochs) → buckets of 8, last holds 5.
        assertEquals(8, h.epochsPerBucket());
        assertEquals(5, h.size());
        int expectedFirst = 0;
        for (int b = 0; b < h.size(); b++) {
            assertEquals(expectedFirst, h.firstEpoch(b));
            int last = h.lastEpoch(b);
            assertEquals(Math.min(36, expectedFirst + 7), last);
            // The cost decreases, so each bucket's max is its first epoch's cost and its min its last one's.
            assertEquals(cost(expectedFirst), h.max(b));
            assertEquals(cost(last), h.min(b));
            assertArrayEquals(new double[] {expectedFirst * 0.5}, h.representativeParams(b));
            expectedFirst = last + 1;
        }
        assertEquals(37, expectedFirst);
        assertEquals(2, h.bucketOf(20));
        assertEquals(4, h.bucketOf(1000));
    }

    @Test
    void notANumberIsNeverAnExtremeButIsTheLastCost() {
        CostHistory h = new CostHistory(1, 4);
        h.add(0, 3, new double[] {1});
        h.add(1, Double.NaN, new double[] {Double.NaN});
        assertEquals(3, h.max(0));
        assertEquals(1, h.bucketOf(1));
        assertTrue(Double.isNaN(h.max(1)) && Double.isNaN(h.min(1)) && h.maxEpoch(1) == -1);
        assertTrue(Double.isNaN(h.lastCost()));
    }

    @Test
    void rejectsEpochsOutOfOrderAndWrongSizes() {
        CostHistory h = new CostHistory(2, 4);
        h.add(3, 1, new double[2]);
        assertThrows(IllegalArgumentException.class, () -> h.add(3, 1, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> h.add(4, 1, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new CostHistory(2, 5));
        assertTrue(new CostHistory(1, 2).size() == 0);
    }

    @Test
    void aHistoryOfCostsAloneBucketsLikeOneWithParameters() {
        CostHistory costs = CostHistory.costsOnly(4);
        CostHistory withParams = new CostHistory(1, 4);
        for (int e = 0; e < 11; e++) {
            double c = (e - 5) * (e - 5);
            costs.add(e, c);
            withParams.add(e, c, new double[] {e});
        }
        assertEquals(withParams.size(), costs.size());
        assertEquals(withParams.epochsPerBucket(), costs.epochsPerBucket());
        for (int b = 0; b < costs.size(); b++) {
            assertEquals(withParams.min(b), costs.min(b));
            assertEquals(withParams.minEpoch(b), costs.minEpoch(b));
            assertEquals(withParams.max(b), costs.max(b));
            assertEquals(withParams.maxEpoch(b), costs.maxEpoch(b));
        }
        assertEquals(10, costs.lastEpoch());
        assertEquals(25, costs.lastCost());
        assertEquals(0, costs.lastParams().length);
    }
}
