package dev.descent.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchSamplerTest {

    private static int[][] batches(BatchSampler s) {
        int[][] out = new int[s.batchesPerEpoch()][];
        for (int b = 0; b < out.length; b++) {
            out[b] = new int[] {s.batchStart(b), s.batchEnd(b)};
        }
        return out;
    }

    @Test
    void fullBatch() {
        for (int size : new int[] {0, 5, 6, 1000}) {
            BatchSampler s = new BatchSampler(5, size, false, 0);
            assertTrue(s.isFullBatch(), "batch size " + size);
            assertEquals(5, s.batchSize());
            assertArrayEquals(new int[][] {{0, 5}}, batches(s));
        }
    }

    @Test
    void oneAtATime() {
        BatchSampler s = new BatchSampler(3, 1, false, 0);
        assertFalse(s.isFullBatch());
        assertArrayEquals(new int[][] {{0, 1}, {1, 2}, {2, 3}}, batches(s));
    }

    @Test
    void miniBatchesKeepTheLastPartialBatch() {
        assertArrayEquals(new int[][] {{0, 2}, {2, 4}, {4, 5}}, batches(new BatchSampler(5, 2, false, 0)));
        assertArrayEquals(new int[][] {{0, 3}, {3, 6}, {6, 9}, {9, 10}}, batches(new BatchSampler(10, 3, false, 0)));
        assertArrayEquals(new int[][] {{0, 2}, {2, 4}}, batches(new BatchSampler(4, 2, false, 0)));
    }

    @Test
    void oneRowIsAlwaysTheFullBatch() {
        BatchSampler s = new BatchSampler(1, 1, true, 3);
        assertTrue(s.isFullBatch());
        assertArrayEquals(new int[] {0}, s.orderFor(0));
    }

    @Test
    void negativeBatchSizeIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BatchSampler(5, -1, false, 0))
                .getMessage().contains("batch size"));
    }

    @Test
    void dataOrderWithoutShuffle() {
        assertNull(new BatchSampler(5, 2, false, 0).orderFor(0));
    }

    @Test
    void shuffledOrderIsAPermutationThatDependsOnlyOnSeedAndEpoch() {
        BatchSampler a = new BatchSampler(20, 4, true, 11);
        BatchSampler b = new BatchSampler(20, 4, true, 11);
        int[] e3 = b.orderFor(3).clone(); // asked out of sequence
        int[] e0 = a.orderFor(0).clone();
        a.orderFor(1);
        a.orderFor(2);
        assertArrayEquals(e3, a.orderFor(3).clone());
        assertArrayEquals(e0, b.orderFor(0).clone());
        int[] sorted = e0.clone();
        Arrays.sort(sorted);
        int[] identity = new int[20];
        Arrays.setAll(identity, i -> i);
        assertArrayEquals(identity, sorted);
        assertFalse(Arrays.equals(identity, e0), "shuffled");
        assertFalse(Arrays.equals(e0, e3), "each epoch gets its own order");
        assertFalse(Arrays.equals(e0, new BatchSampler(20, 4, true, 12).orderFor(0)), "another seed, another order");
    }
}
