package dev.descent.app.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When trainers give way to the screen's threads, worked out by hand from the processors and the trainers. */
class ScreenLoadTest {
    @Test
    void trainersGiveWayOnlyWhenTheyAndTheScreenWantMoreProcessorsThanThereAre() {
        // The screen has two threads (FX, painter): one trainer crowds two processors, not four.
        assertTrue(new ScreenLoad(2, System::nanoTime).crowded(1));
        assertFalse(new ScreenLoad(4, System::nanoTime).crowded(1));
        assertFalse(new ScreenLoad(4, System::nanoTime).crowded(2));
        assertTrue(new ScreenLoad(4, System::nanoTime).crowded(3));
        assertTrue(new ScreenLoad(8, System::nanoTime).crowded(7));
        assertFalse(new ScreenLoad(8, System::nanoTime).crowded(4));
    }

    @Test
    void aTrainerGoesOnAtOnceWhenTheScreenIsIdleOrItsRunIsCancelled() {
        ScreenLoad load = new ScreenLoad(2, System::nanoTime);
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
        ScreenLoad load = new ScreenLoad(2, System::nanoTime);
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

    @Test
    void aNewRunWaitsUntilTheScreenShowsItThenGoesOn() {
        long[] now = {1_000};
        ScreenLoad load = new ScreenLoad(2, () -> now[0]);
        load.holdForNewRun(1);
        int[] looks = {0};
        // The screen puts the new run's pictures up while the trainer waits (at its third look, 3 ms on).
        load.giveWay(1, () -> {
            now[0] += 1_000_000;
            if (++looks[0] == 3) {
                load.release();
            }
            return false;
        });
        assertEquals(3, looks[0], "the trainer waited for the pictures, and no longer");
        assertFalse(load.held(), "released");
        looks[0] = 0;
        load.giveWay(1, () -> {
            looks[0]++;
            return false;
        });
        assertEquals(0, looks[0], "once released, and with the screen idle, nothing is waited for");
    }

    @Test
    void theHoldEndsByItselfWhenNoPictureComes() {
        long[] now = {5_000};
        ScreenLoad load = new ScreenLoad(2, () -> now[0]);
        load.holdForNewRun(1);
        assertTrue(load.held());
        // Each look moves the clock on a millisecond: the hold gives up after its longest, without a release.
        int[] looks = {0};
        load.giveWay(1, () -> {
            looks[0]++;
            now[0] += 1_000_000;
            return false;
        });
        assertFalse(load.held());
        assertTrue(looks[0] >= 99 && looks[0] <= 101, "held for about 100 ms of the clock: " + looks[0] + " looks");
    }

    @Test
    void aHoldIsIgnoredWhereTheMachineHasRoomForAll() {
        ScreenLoad load = new ScreenLoad(4, () -> 0L);
        load.holdForNewRun(1);
        assertFalse(load.holdsNewRun(), "one run and the screen fit four processors: nothing is held");
        assertFalse(load.held(), "so the painter gets no helper either");
        load.holdForNewRun(3);
        assertTrue(load.held(), "three runs and the screen do not fit: they are held");
        load.release();
        load.holdForNewRun(1);
        boolean[] asked = {false};
        load.giveWay(1, () -> {
            asked[0] = true;
            return false;
        });
        assertFalse(asked[0], "four processors: one trainer never waits");
    }

    @Test
    void aCancelledRunStopsWaitingForTheHold() {
        long[] now = {0};
        ScreenLoad load = new ScreenLoad(2, () -> now[0]);
        load.holdForNewRun(1);
        int[] looks = {0};
        load.giveWay(1, () -> {
            now[0] += 1_000_000;
            return ++looks[0] >= 1;
        });
        assertEquals(1, looks[0], "the cancelled run left at its first look");
        assertTrue(load.held(), "the hold stands for the runs after it");
    }
}
