package dev.descent.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {

    @Test
    void ratesReadAsPeopleWriteThem() {
        assertEquals("0.01", Format.exact(0.01));
        assertEquals("0.0001", Format.exact(1e-4));
        assertEquals("0.214", Format.exact(0.214));
        assertEquals("100", Format.exact(100));
        assertEquals("-3", Format.exact(-3));
        assertEquals("2.5", Format.exact(2.5));
        assertEquals("1e-5", Format.exact(1e-5));
        assertEquals("-2.5e-7", Format.exact(-2.5e-7));
        assertEquals("0.01477455443789063", Format.exact(0.01477455443789063));
        assertEquals("Infinity", Format.exact(Double.POSITIVE_INFINITY));
        assertEquals("NaN", Format.exact(Double.NaN));
    }

    @Test
    void everyTextReadsBackAsTheSameDouble() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            double v = Math.pow(10, random.nextDouble() * 40 - 20) * (random.nextBoolean() ? 1 : -1);
            assertEquals(v, Double.parseDouble(Format.exact(v)), 0.0, Format.exact(v));
        }
    }

    @Test
    void numbersToThreeSignificantFigures() {
        assertEquals("1.98", Format.sig3(1.98));
        assertEquals("2.00", Format.sig3(1.9999444));
        assertEquals("−0.500", Format.sig3(-0.5));
        assertEquals("0.00123", Format.sig3(0.0012345));
        assertEquals("99.9", Format.sig3(99.94));
        assertEquals("1234", Format.sig3(1234.4));
        assertEquals("−1155", Format.sig3(-1154.83));
        assertEquals("1.20×10⁻⁴", Format.sig3(1.2e-4));
        assertEquals("1.93×10⁶", Format.sig3(1.93e6));
        assertEquals("0", Format.sig3(-0.0));
        assertEquals("NaN", Format.sig3(Double.NaN));
        assertEquals("−∞", Format.sig3(Double.NEGATIVE_INFINITY));
    }

    @Test
    void readoutNeverShowsASmallValueAsZero() {
        assertEquals("0.00", Format.readout(0));
        assertEquals("0.00123", Format.readout(0.00123));
        assertEquals("2.00", Format.readout(1.999999));
        assertEquals("1.23×10⁶", Format.readout(1_234_567));
        assertEquals("-5.69×10⁻⁶", Format.readout(-5.6912e-6), "as the update panel writes it");
        assertEquals("0.00151", Format.readout(0.001513));
        assertEquals("NaN", Format.readout(Double.NaN));
    }

    /** Expected strings checked against CPython's format(v, '.Nf'). */
    @ParameterizedTest(name = "{0} with {1} decimals is \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "0.125 | 2 | 0.12",
            "0.375 | 2 | 0.38",
            "-0.001 | 2 | -0.00",
            "-0.0 | 2 | -0.00",
            "0.0 | 3 | 0.000",
            "2.675 | 2 | 2.67",   // the double is 2.67499999999999982236431605997495353221893310546875
            "1.005 | 2 | 1.00",   // 1.00499999999999989341858963598497211933135986328125
            "-0.005 | 2 | -0.01", // −0.005000000000000000104083408558608425664715468883514404296875
            "0.5 | 0 | 0",
            "1.5 | 0 | 2",
            "2.5 | 0 | 2",
            "-1.5 | 0 | -2",
            "1e-7 | 6 | 0.000000",
            "0.746666666666667 | 6 | 0.746667",
            "123456789.125 | 2 | 123456789.12",
            "1e20 | 1 | 100000000000000000000.0",
            "NaN | 2 | nan",
            "Infinity | 2 | inf",
            "-Infinity | 3 | -inf"})
    void fixedRoundsLikePython(double v, int digits, String expected) {
        assertEquals(expected, Format.fixed(v, digits));
    }

    @Test
    void briefDropsTrailingZeros() {
        assertEquals("0.0148", Format.brief(0.01477455443789063));
        assertEquals("0.1", Format.brief(0.1));
        assertEquals("0.65", Format.brief(0.6499999999));
        assertEquals("1230", Format.brief(1234.5));
        assertEquals("0", Format.brief(0));
    }

    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("0", Format.count(0));
        assertEquals("999", Format.count(999));
        assertEquals("1,000", Format.count(1000));
        assertEquals("1,000,000", Format.count(1_000_000));
        assertEquals("-12,345", Format.count(-12345));
        assertEquals("100,000,000", Format.count(100_000_000));
    }

    @Test
    void fixed2IsTwoDecimals() {
        assertEquals("0.12", Format.fixed2(0.125));
        assertEquals("4.67", Format.fixed2(4.666666));
    }
}
