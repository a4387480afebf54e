package dev.descent.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A late frame halves the epochs the next one takes; frames on time double it back, within bounds. */
class FramePacingTest {
    @Test
    void lateFramesTakeFewerEpochsAndOnTimeFramesTakeMoreAgain() {
        int n = MainController.MAX_EPOCHS_PER_FRAME;
        n = MainController.nextEpochsPerFrame(n, true);
        assertEquals(5_000, n);
        for (int i = 0; i < 20; i++) {
            n = MainController.nextEpochsPerFrame(n, true);
        }
        assertEquals(MainController.MIN_EPOCHS_PER_FRAME, n, "never below the floor");
        n = MainController.nextEpochsPerFrame(n, false);
        assertEquals(2 * MainController.MIN_EPOCHS_PER_FRAME, n);
        for (int i = 0; i < 20; i++) {
            n = MainController.nextEpochsPerFrame(n, false);
        }
        assertEquals(MainController.MAX_EPOCHS_PER_FRAME, n, "never above the cap");
    }
}
