package dev.descent.core.optim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @Test
    void ratesReadAsPeopleWriteThem() {
        assertEquals("0.01", Numbers.shortest(0.01));
        assertEquals("0.0001", Numbers.shortest(1e-4));
        assertEquals("0.214", Numbers.shortest(0.214));
        assertEquals("100", Numbers.shortest(100));
        assertEquals("-3", Numbers.shortest(-3));
        assertEquals("2.5", Numbers.shortest(2.5));
        assertEquals("1e-5", Numbers.shortest(1e-5));
        assertEquals("-2.5e-7", Numbers.shortest(-2.5e-7));
        assertEquals("0.01477455443789063", Numbers.shortest(0.01477455443789063));
        assertEquals("Infinity", Numbers.shortest(Double.POSITIVE_INFINITY));
        assertEquals("NaN", Numbers.shortest(Double.NaN));
    }

    @Test
    void everyTextReadsBackAsTheSameDouble() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            double v = Math.pow(10, random.nextDouble() * 40 - 20) * (random.nextBoolean() ? 1 : -1);
            assertEquals(v, Double.parseDouble(Numbers.shortest(v)), 0.0, Numbers.shortest(v));
        }
    }
}
