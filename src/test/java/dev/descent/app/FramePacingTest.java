package dev.descent.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A late frame halves the epochs the next one takes; frames on time double it back, within bounds. */
class FramePacingTest {
    @Test
    void lateFramesTakeFewerEpochsAndOnTimeFramesTakeMoreAgain() {
        int n = Screen.MAX_EPOCHS_PER_FRAME;
        n = Screen.nextEpochsPerFrame(n, true);
        assertEquals(5_000, n);
        for (int i = 0; i < 20; i++) {
            n = Screen.nextEpochsPerFrame(n, true);
        }
        assertEquals(Screen.MIN_EPOCHS_PER_FRAME, n, "never below the floor");
        n = Screen.nextEpochsPerFrame(n, false);
        assertEquals(2 * Screen.MIN_EPOCHS_PER_FRAME, n);
        for (int i = 0; i < 20; i++) {
            n = Screen.nextEpochsPerFrame(n, false);
        }
        assertEquals(Screen.MAX_EPOCHS_PER_FRAME, n, "never above the cap");
    }
}
