package dev.descent.app.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When trainers give way to the screen's threads, worked out by hand from the processors and the trainers. */
class ScreenLoadTest {
    @Test
    void trainersGiveWayOnlyWhenTheyAndTheScreenWantMoreProcessorsThanThereAre() {
        // The screen has two threads (FX, painter): one trainer crowds two processors, not four.
        assertTrue(new ScreenLoad(2).crowded(1));
        assertFalse(new ScreenLoad(4).crowded(1));
        assertFalse(new ScreenLoad(4).crowded(2));
        assertTrue(new ScreenLoad(4).crowded(3));
        assertTrue(new ScreenLoad(8).crowded(7));
        assertFalse(new ScreenLoad(8).crowded(4));
    }

    @Test
    void aTrainerGoesOnAtOnceWhenTheScreenIsIdleOrItsRunIsCancelled() {
        ScreenLoad load = new ScreenLoad(2);
        boolean[] asked = {false};
        // Idle screen: the cancelled check is not even needed.
        load.giveWay(1, () -> {
            asked[0] = true;
            return false;
        });
        assertFalse(asked[0], "an idle screen is not waited for");
        load.working();
        load.giveWay(1, () -> {
            asked[0] = true;
            return true;
        });
        assertTrue(asked[0], "a busy screen on a crowded machine is waited for, until the run is cancelled");
        load.done();
    }

    @Test
    void theScreenIsBusyWhileAnyOfItsThreadsWorks() {
        ScreenLoad load = new ScreenLoad(2);
        boolean[] asked = {false};
        load.working();
        load.working();
        load.done();
        load.giveWay(1, () -> {
            asked[0] = true;
            return true;
        });
        assertTrue(asked[0], "one of two screen threads still works");
        load.done();
        asked[0] = false;
        load.giveWay(1, () -> {
            asked[0] = true;
            return true;
        });
        assertFalse(asked[0], "both done: idle");
    }
}
