package dev.descent.app.engine;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.OptimizerState;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTest {
    private static final RunConfig CONFIG = new RunConfig(Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6}),
            Model.LINE, SgdConfig.plain(0.01), new double[] {1}, 100, 0, false, 0, 0);

    private static EpochSnapshot epoch(int e) {
        return new EpochSnapshot(e, e + 1, new double[] {1}, new double[] {1}, 1, new double[] {0}, OptimizerState.empty(e + 1));
    }

    /** A clock that moves only when the test moves it. */
    private long now;

    @Test
    void runningFreelyItHandsEpochsOverInBatchesAndAfterAPauseEachAtOnce() {
        RunFeed feed = new RunFeed(CONFIG, 1);
        RunGate gate = new RunGate(1, Double.POSITIVE_INFINITY, false);
        Outbox outbox = new Outbox(feed, gate, () -> now);
        int added = 0;
        while (feed.publishedEpochs() == 0) {
            outbox.addEpoch(epoch(added++));
        }
        assertEquals(Outbox.MAX_EPOCHS, added, "with no time passing, a full batch goes in the first hand-over");
        int published = feed.publishedEpochs();
        assertEquals(added, published, "a hand-over takes everything kept back");

        gate.pause();
        outbox.addEpoch(epoch(added++));
        assertEquals(published + 1, feed.publishedEpochs(), "held or paced, each epoch goes at once");
    }

    @Test
    void anEpochThatEndsLongAfterTheLastHandOverGoesAtOnce() {
        RunFeed feed = new RunFeed(CONFIG, 1);
        RunGate gate = new RunGate(1, Double.POSITIVE_INFINITY, false);
        Outbox outbox = new Outbox(feed, gate, () -> now);
        outbox.addEpoch(epoch(0));
        assertEquals(0, feed.publishedEpochs(), "a quick epoch waits for others");
        // A slow epoch (large data): however freely the run plays, the screen does not wait another epoch for it.
        now += Outbox.MAX_DELAY_NANOS;
        outbox.addEpoch(epoch(1));
        assertEquals(2, feed.publishedEpochs());
        now += Outbox.MAX_DELAY_NANOS - 1;
        outbox.addEpoch(epoch(2));
        assertEquals(2, feed.publishedEpochs(), "not yet");
        now += 1;
        outbox.addEpoch(epoch(3));
        assertEquals(4, feed.publishedEpochs());
    }
}
