package dev.descent.core.analysis;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostSurfaceTest {
    /** The first lecture's points, fitted with y = w·x + b: the optimum is (2, 0) with cost 0. */
    private static final Dataset LECTURE = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});

    private static void relClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(Math.abs(expected), 1e-12), what);
    }

    @Test
    void handWorkedCostsOnTheLectureData() {
        CostSurface s = CostSurface.of(QuadraticCost.of(Model.AFFINE, LECTURE), LECTURE, 0, 1, new double[] {1, 0});
        // (1, 0): residuals −1, −2, −3, cost (1 + 4 + 9)/3 = 14/3.
        relClose(14.0 / 3, s.cost(1, 0), "cost(1, 0)");
        // (2, 1): residuals 1, 1, 1, cost 1.
        relClose(1.0, s.cost(2, 1), "cost(2, 1)");
        // (0, 3): residuals 1, −1, −3, cost 11/3.
        relClose(11.0 / 3, s.cost(0, 3), "cost(0, 3)");
        assertArrayEquals(new double[] {2, 0}, s.bottom().orElseThrow(), 1e-12);
        assertEquals(0.0, s.bottomCost(), 1e-12);
        assertTrue(s.bottomIsOptimum());
    }

    @Test
    void gridValuesEqualTheCostComputedFromTheDataAtSampleCells() {
        var preset = Presets.byId("momentum").config();
        Dataset data = preset.data();
        CostSurface s = CostSurface.of(QuadraticCost.of(Model.AFFINE, data), data, 0, 1, preset.init());
        CostSurface.Grid g = s.grid(-4, 8, 120, -3, 6, 80);
        assertEquals(120, g.columns());
        assertEquals(80, g.rows());
        int[][] cells = {{0, 0}, {119, 79}, {0, 79}, {119, 0}, {60, 40}, {37, 11}, {101, 66}};
        for (int[] cell : cells) {
            double w = g.x(cell[0]);
            double b = g.y(cell[1]);
            relClose(Mse.cost(Model.AFFINE, data, new double[] {w, b}), g.at(cell[0], cell[1]),
                    "cell " + cell[0] + "," + cell[1]);
        }
        // Cell centres: half a cell in from each edge.
        assertEquals(-4 + 0.05, g.x(0), 1e-12);
        assertEquals(6 - 9.0 / 160, g.y(79), 1e-12);
    }

    @Test
    void quadraticSliceHoldsTheThirdParameter() {
        var preset = Presets.byId("quadratic").config();
        Dataset data = preset.data();
        double[] held = {0.5, -2.0, 4.0};
        // a across, c up, b held at −2.
        CostSurface s = CostSurface.of(QuadraticCost.of(Model.QUADRATIC, data), data, 0, 2, held);
        CostSurface.Grid g = s.grid(0, 2, 40, -10, 10, 30);
        for (int[] cell : new int[][] {{0, 0}, {39, 29}, {17, 5}, {22, 14}}) {
            double a = g.x(cell[0]);
            double c = g.y(cell[1]);
            relClose(Mse.cost(Model.QUADRATIC, data, new double[] {a, -2.0, c}), g.at(cell[0], cell[1]),
                    "cell " + cell[0] + "," + cell[1]);
        }
        assertArrayEquals(new double[] {0.7, -2.0, 3.1}, s.point(0.7, 3.1));
        assertFalse(s.bottomIsOptimum(), "b is held away from its optimum");
        // The slice's bottom has zero gradient along a and c.
        double[] bottom = s.bottom().orElseThrow();
        double[] grad = Mse.gradient(Model.QUADRATIC, data, new double[] {bottom[0], -2.0, bottom[1]});
        assertEquals(0.0, grad[0], 1e-8);
        assertEquals(0.0, grad[2], 1e-8);
    }

    @Test
    void bottomIsTheLeastSquaresLineOfTheMomentumData() {
        Dataset data = Presets.byId("momentum").config().data();
        // Simple linear regression, from the textbook formulas: w = cov(x, y)/var(x), b = ȳ − w·x̄.
        int n = data.size();
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += data.x(k) / n;
            my += data.y(k) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            sxy += (data.x(k) - mx) * (data.y(k) - my);
            sxx += (data.x(k) - mx) * (data.x(k) - mx);
        }
        double w = sxy / sxx;
        double b = my - w * mx;
        CostSurface s = CostSurface.of(QuadraticCost.of(Model.AFFINE, data), data, 0, 1, new double[] {-1, 1});
        assertArrayEquals(new double[] {w, b}, s.bottom().orElseThrow(), 1e-12);
        relClose(Mse.cost(Model.AFFINE, data, new double[] {w, b}), s.bottomCost(), "lowest cost");
    }

    @Test
    void contourThroughAPointHasThatPointOnItsBoundingBoxOrInside() {
        CostSurface s = CostSurface.of(QuadraticCost.of(Model.AFFINE, LECTURE), LECTURE, 0, 1, new double[] {0, 0});
        // Level 14/3 passes through (1, 0); H = [[14/3, 2], [2, 1]], det = 2/3:
        // half-extents sqrt(14/3 · 1 / (2/3)) = sqrt(7) across and sqrt(14/3 · 14/3 / (2/3)) = sqrt(98/3) up.
        double[] half = s.levelHalfExtents(14.0 / 3);
        assertEquals(Math.sqrt(7), half[0], 1e-12);
        assertEquals(Math.sqrt(98.0 / 3), half[1], 1e-12);
        assertTrue(Double.isNaN(s.levelHalfExtents(-1)[0]), "no contour below the bottom");
    }

    @Test
    void dataThatCannotPinBothParametersHasNoBottom() {
        Dataset sameX = Dataset.of(new double[] {2, 2, 2}, new double[] {1, 2, 3});
        CostSurface s = CostSurface.of(QuadraticCost.of(Model.AFFINE, sameX), sameX, 0, 1, new double[] {0, 0});
        assertTrue(s.bottom().isEmpty());
        // Still the right cost everywhere: at (1, 0) residuals 1, 0, −1.
        relClose(2.0 / 3, s.cost(1, 0), "cost(1, 0)");
    }

    @Test
    void refusesNonsense() {
        QuadraticCost q = QuadraticCost.of(Model.AFFINE, LECTURE);
        assertThrows(IllegalArgumentException.class, () -> CostSurface.of(q, LECTURE, 0, 0, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> CostSurface.of(q, LECTURE, 0, 2, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> CostSurface.of(q, LECTURE, 0, 1, new double[] {0}));
        CostSurface s = CostSurface.of(q, LECTURE, 0, 1, new double[] {0, 0});
        assertThrows(IllegalArgumentException.class, () -> s.grid(1, 1, 10, 0, 1, 10));
    }
}
