package dev.descent.app;

import dev.descent.core.optim.SgdConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The short names runs carry in the runs bar and the legends. */
class RunSpecTest {
    @Test
    void namesSayTheOptimizerItsRateAndTheBatching() {
        assertEquals("GD lr 0.01", RunSpec.of(SgdConfig.plain(0.01), 0, 3).label());
        assertEquals("SGD lr 0.01, 1 point", RunSpec.of(SgdConfig.plain(0.01), 1, 3).label());
        assertEquals("momentum 0.8 dampened lr 0.1", RunSpec.of(SgdConfig.dampened(0.1, 0.8), 0, 100).label());
        assertEquals("Nesterov 0.9 lr 0.1", RunSpec.of(new SgdConfig(0.1, 0.9, 0, true, 0), 0, 100).label());
        assertEquals("momentum 0.9 lr 0.1, batch 32", RunSpec.of(new SgdConfig(0.1, 0.9, 0, false, 0), 32, 100).label());
    }

    @Test
    void aDraggedRateIsShownToThreeDigits() {
        assertEquals("GD lr 0.0148", RunSpec.DEFAULT.withLr(0.01477455443789063).label());
    }
}
