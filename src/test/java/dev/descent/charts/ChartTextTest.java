package dev.descent.charts;

import dev.descent.core.Model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartTextTest {

    @Test
    void equationsOfEachModel() {
        assertEquals("y = 1.98·x", ChartText.equation(Model.LINE, new double[] {1.98}));
        assertEquals("y = 3.01·x + 2.51", ChartText.equation(Model.AFFINE, new double[] {3.0104, 2.5099}));
        assertEquals("y = −1.00·x − 1.00", ChartText.equation(Model.AFFINE, new double[] {-1, -1}));
        assertEquals("y = 0.478·x² + 0.332·x − 1.20",
                ChartText.equation(Model.QUADRATIC, new double[] {0.47817, 0.33159, -1.1988}));
    }
}
