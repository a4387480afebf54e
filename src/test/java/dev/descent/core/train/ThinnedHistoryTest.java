package dev.descent.core.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A history of any length in bounded memory: the start and the newest epochs whole, the middle even. */
class ThinnedHistoryTest {
    private static EpochSnapshot epoch(int k) {
        return new EpochSnapshot(k, k, new double[] {k}, new double[] {k + 1}, k, new double[] {0}, null);
    }

    @Test
    void aShortRunIsKeptWhole() {
        ThinnedHistory h = new ThinnedHistory();
        for (int k = 0; k < ThinnedHistory.MAX_HISTORY; k++) {
            h.add(epoch(k));
        }
        assertEquals(ThinnedHistory.MAX_HISTORY, h.list().size());
        assertEquals(1, h.stride());
        for (int k = 0; k < ThinnedHistory.MAX_HISTORY; k++) {
            assertEquals(k, h.list().get(k).epoch());
        }
    }

    @Test
    void aMillionEpochsOneAtATimeStayBoundedAndEven() {
        int epochs = 1_000_000;
        ThinnedHistory h = new ThinnedHistory();
        for (int k = 0; k < epochs; k++) {
            h.add(epoch(k));
            if (k % 100_000 == 0) {
                assertTrue(h.list().size() <= ThinnedHistory.MAX_HISTORY, "kept " + h.list().size() + " at " + k);
            }
        }
        List<EpochSnapshot> kept = h.list();
        assertTrue(kept.size() <= ThinnedHistory.MAX_HISTORY, "kept " + kept.size());
        assertTrue(kept.size() > ThinnedHistory.MAX_HISTORY / 2, "kept " + kept.size());
        int stride = h.stride();
        assertTrue(stride > 1 && stride <= 2 * (epochs / ThinnedHistory.MAX_KEPT), "stride " + stride);
        for (int k = 0; k < ThinnedHistory.FIRST; k++) {
            assertEquals(k, kept.get(k).epoch(), "the first epochs are whole");
        }
        for (int i = 0; i < ThinnedHistory.RECENT; i++) {
            assertEquals(epochs - ThinnedHistory.RECENT + i, kept.get(kept.size() - ThinnedHistory.RECENT + i).epoch(),
                    "the newest epochs are whole");
        }
        for (int i = ThinnedHistory.FIRST; i < kept.size() - ThinnedHistory.RECENT; i++) {
            assertEquals(0, kept.get(i).epoch() % stride, "the middle is on the stride");
            assertTrue(kept.get(i).epoch() > kept.get(i - 1).epoch(), "in order");
        }
    }

    @Test
    void batchesAndSingleEpochsKeepTheSameEpochs() {
        ThinnedHistory single = new ThinnedHistory();
        ThinnedHistory batched = new ThinnedHistory();
        java.util.List<EpochSnapshot> batch = new java.util.ArrayList<>();
        for (int k = 0; k < 100_000; k++) {
            single.add(epoch(k));
            batch.add(epoch(k));
            if (batch.size() == 3000) {
                batched.addAll(batch);
                batch.clear();
            }
        }
        batched.addAll(batch);
        assertEquals(batched.list().stream().map(EpochSnapshot::epoch).toList(),
                single.list().stream().map(EpochSnapshot::epoch).toList());
    }
}
