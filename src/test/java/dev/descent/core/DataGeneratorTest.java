package dev.descent.core;

import dev.descent.core.analysis.QuadraticCost;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataGeneratorTest {

    @Test
    void withoutNoiseThePointsLieExactlyOnTheModel() {
        Dataset d = new DataGenerator(Model.AFFINE, 5, 0, 1, new double[] {3, 2}, 0, 1).generate();
        // Worked by hand: x = 0, 0.25, 0.5, 0.75, 1 and y = 3x + 2.
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, d.xs());
        assertArrayEquals(new double[] {2, 2.75, 3.5, 4.25, 5}, d.ys());

        Dataset q = new DataGenerator(Model.QUADRATIC, 3, -1, 1, new double[] {1, 0, -1}, 0, 9).generate();
        assertArrayEquals(new double[] {-1, 0, 1}, q.xs());
        assertArrayEquals(new double[] {0, -1, 0}, q.ys());
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        DataGenerator g = new DataGenerator(Model.LINE, 50, -2, 2, new double[] {1.5}, 0.3, 42);
        assertEquals(g.generate(), g.generate());
        assertEquals(g.generate(), new DataGenerator(Model.LINE, 50, -2, 2, new double[] {1.5}, 0.3, 42).generate());
        assertNotEquals(g.generate(), new DataGenerator(Model.LINE, 50, -2, 2, new double[] {1.5}, 0.3, 43).generate());
    }

    @Test
    void theNoiseIsJavaUtilRandomsGaussianInOrderOfX() {
        Random reference = new Random(7);
        double z0 = reference.nextGaussian();
        double z1 = reference.nextGaussian();
        Dataset d = new DataGenerator(Model.LINE, 2, 1, 2, new double[] {2}, 0.5, 7).generate();
        assertEquals(2 + 0.5 * z0, d.y(0));
        assertEquals(4 + 0.5 * z1, d.y(1));
    }

    @Test
    void oneSinglePointSitsAtTheStartOfTheRange() {
        Dataset d = new DataGenerator(Model.LINE, 1, 3, 3, new double[] {2}, 0, 0).generate();
        assertEquals(1, d.size());
        assertEquals(3, d.x(0));
        assertEquals(6, d.y(0));
    }

    @Test
    void leastSquaresOnManyNoisyPointsFindsTheTrueParameters() {
        double[] truth = {3, 2};
        Dataset d = new DataGenerator(Model.AFFINE, 20_000, 0, 1, truth, 0.5, 2024).generate();
        double[] fit = QuadraticCost.of(Model.AFFINE, d).optimum().orElseThrow();
        // Standard errors with x evenly over [0, 1]: slope ≈ 0.5·sqrt(12/20000) ≈ 0.012; allow 5 of them.
        assertEquals(3, fit[0], 0.06);
        assertEquals(2, fit[1], 0.035);

        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double r = d.y(i) - (truth[0] * d.x(i) + truth[1]);
            sum += r * r;
        }
        assertEquals(0.5, Math.sqrt(sum / d.size()), 0.015, "the noise has the requested σ");
    }

    @Test
    void badSettingsAreRefusedWithAClearMessage() {
        assertMessage("number of points must be between 1 and 1000000; got 0",
                () -> new DataGenerator(Model.LINE, 0, 0, 1, new double[] {1}, 0, 0));
        assertMessage("got 1000001", () -> new DataGenerator(Model.LINE, 1_000_001, 0, 1, new double[] {1}, 0, 0));
        assertMessage("noise σ must be a finite number ≥ 0; got -0.1",
                () -> new DataGenerator(Model.LINE, 3, 0, 1, new double[] {1}, -0.1, 0));
        assertMessage("noise σ must be a finite number ≥ 0; got NaN",
                () -> new DataGenerator(Model.LINE, 3, 0, 1, new double[] {1}, Double.NaN, 0));
        assertMessage("noise σ must be a finite number ≥ 0; got Infinity",
                () -> new DataGenerator(Model.LINE, 3, 0, 1, new double[] {1}, Double.POSITIVE_INFINITY, 0));
        assertMessage("has 2 parameters (w, b) but 1 true value was given",
                () -> new DataGenerator(Model.AFFINE, 3, 0, 1, new double[] {1}, 0, 0));
        assertMessage("true value of b is NaN",
                () -> new DataGenerator(Model.AFFINE, 3, 0, 1, new double[] {1, Double.NaN}, 0, 0));
        assertMessage("the x range must go from a smaller to a larger number; got 2.0 to 1.0",
                () -> new DataGenerator(Model.LINE, 3, 2, 1, new double[] {1}, 0, 0));
        assertMessage("too large", () -> new DataGenerator(Model.QUADRATIC, 3, 0, 1e200,
                new double[] {1, 0, 0}, 0, 0).generate());
    }

    private static void assertMessage(String fragment, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
