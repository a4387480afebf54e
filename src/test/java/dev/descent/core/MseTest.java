package dev.descent.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Costs and gradients worked by hand on two- and three-point data sets. */
class MseTest {

    @Test
    void line() {
        // x = (1, 2, 3), y = (2, 4, 6), w = 1: residuals −1, −2, −3; cost = 14/3;
        // gradient = (2·1·(−1) + 2·2·(−2) + 2·3·(−3))/3 = −28/3.
        Dataset d = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        assertEquals(14.0 / 3, Mse.cost(Model.LINE, d, new double[] {1}), 1e-15);
        assertArrayEquals(new double[] {-28.0 / 3}, Mse.gradient(Model.LINE, d, new double[] {1}), 1e-14);
        assertEquals(0.0, Mse.cost(Model.LINE, d, new double[] {2}));
        assertArrayEquals(new double[] {0}, Mse.gradient(Model.LINE, d, new double[] {2}));
    }

    @Test
    void affine() {
        // Points (0, 1), (1, 3) at (w, b) = (1, 0): predictions 0, 1; residuals −1, −2; cost (1 + 4)/2 = 2.5;
        // ∂/∂w = (2·0·(−1) + 2·1·(−2))/2 = −2; ∂/∂b = (2·(−1) + 2·(−2))/2 = −3.
        Dataset d = Dataset.of(new double[] {0, 1}, new double[] {1, 3});
        assertEquals(2.5, Mse.cost(Model.AFFINE, d, new double[] {1, 0}));
        assertArrayEquals(new double[] {-2, -3}, Mse.gradient(Model.AFFINE, d, new double[] {1, 0}));
    }

    @Test
    void quadratic() {
        // Points (1, 0), (2, 1) at (a, b, c) = (1, 0, 0): predictions 1, 4; residuals 1, 3; cost (1 + 9)/2 = 5;
        // ∂/∂a = (2·1·1 + 2·4·3)/2 = 13; ∂/∂b = (2·1·1 + 2·2·3)/2 = 7; ∂/∂c = (2·1 + 2·3)/2 = 4.
        Dataset d = Dataset.of(new double[] {1, 2}, new double[] {0, 1});
        assertEquals(5.0, Mse.cost(Model.QUADRATIC, d, new double[] {1, 0, 0}));
        assertArrayEquals(new double[] {13, 7, 4}, Mse.gradient(Model.QUADRATIC, d, new double[] {1, 0, 0}));
    }

    @Test
    void batchUsesTheGivenRowsOnly() {
        // Rows order[1..3) = rows 2 and 0 of x = (1, 2, 3), y = (2, 4, 6) at w = 1:
        // residuals −3, −1; cost (9 + 1)/2 = 5; gradient (2·3·(−3) + 2·1·(−1))/2 = −10.
        Dataset d = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        int[] order = {1, 2, 0};
        assertEquals(5.0, Mse.batchCost(Model.LINE, d, new double[] {1}, order, 1, 3));
        double[] g = new double[1];
        Mse.batchGradient(Model.LINE, d, new double[] {1}, order, 1, 3, g);
        assertArrayEquals(new double[] {-10}, g);
        // Without an order, rows from..to in data order: row 1 alone, residual −2, gradient 2·2·(−2) = −8.
        Mse.batchGradient(Model.LINE, d, new double[] {1}, null, 1, 2, g);
        assertArrayEquals(new double[] {-8}, g);
    }

    @Test
    void modelsByIdAndTheirParameters() {
        assertEquals(Model.QUADRATIC, Model.byId(" Quadratic "));
        assertEquals(java.util.List.of("w", "b"), Model.AFFINE.parameterNames());
        assertEquals(4.0 * 3 + 2 * 0.5 - 1, Model.QUADRATIC.predict(new double[] {3, 0.5, -1}, 2));
        String m = assertThrows(IllegalArgumentException.class, () -> Model.byId("cubic")).getMessage();
        assertEquals("unknown model 'cubic': choose one of line, affine, quadratic", m);
    }
}
