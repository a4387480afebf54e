package dev.descent.charts;

import dev.descent.core.Model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartTextTest {
    @Test
    void numbersToThreeSignificantFigures() {
        assertEquals("1.98", ChartText.number(1.98));
        assertEquals("2.00", ChartText.number(1.9999444));
        assertEquals("−0.500", ChartText.number(-0.5));
        assertEquals("0.00123", ChartText.number(0.0012345));
        assertEquals("99.9", ChartText.number(99.94));
        assertEquals("1234", ChartText.number(1234.4));
        assertEquals("−1155", ChartText.number(-1154.83));
        assertEquals("1.20×10⁻⁴", ChartText.number(1.2e-4));
        assertEquals("1.93×10⁶", ChartText.number(1.93e6));
        assertEquals("0", ChartText.number(-0.0));
        assertEquals("NaN", ChartText.number(Double.NaN));
        assertEquals("−∞", ChartText.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void equationsOfEachModel() {
        assertEquals("y = 1.98·x", ChartText.equation(Model.LINE, new double[] {1.98}));
        assertEquals("y = 3.01·x + 2.51", ChartText.equation(Model.AFFINE, new double[] {3.0104, 2.5099}));
        assertEquals("y = −1.00·x − 1.00", ChartText.equation(Model.AFFINE, new double[] {-1, -1}));
        assertEquals("y = 0.478·x² + 0.332·x − 1.20",
                ChartText.equation(Model.QUADRATIC, new double[] {0.47817, 0.33159, -1.1988}));
    }
}
