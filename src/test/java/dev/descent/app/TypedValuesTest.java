package dev.descent.app;

import dev.descent.workspace.BatchMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TypedValuesTest {

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void valuesInRangeAreTaken() {
        assertEquals(0.01, TypedValues.learningRate(" 0.01 "));
        assertEquals(1e-3, TypedValues.learningRate("1e-3"));
        assertEquals(0, TypedValues.learningRate("0"), "rate 0 is allowed, as PyTorch allows it");
        assertEquals(0.65, TypedValues.momentum("0.65"));
        assertEquals(1, TypedValues.momentum("1"), "momentum 1 is the top of the range, no longer refused");
        assertEquals(100_000_000, TypedValues.epochs("100000000"));
    }

    @Test
    void textThatIsNotANumberSaysWhatTheSettingTakes() {
        assertEquals("learning rate 'abc' is not a number; it must be a number ≥ 0",
                refusal(() -> TypedValues.learningRate("abc")));
        assertEquals("learning rate '1d' is not a number; it must be a number ≥ 0",
                refusal(() -> TypedValues.learningRate("1d")));
        assertEquals("epochs '50x' is not a number; it must be a whole number in [1, 100,000,000]",
                refusal(() -> TypedValues.epochs("50x")));
        assertEquals("epochs '' is not a number; it must be a whole number in [1, 100,000,000]",
                refusal(() -> TypedValues.epochs("")));
        assertEquals("epochs '2.5' is not a number; it must be a whole number in [1, 100,000,000]",
                refusal(() -> TypedValues.epochs("2.5")));
    }

    @Test
    void nonFiniteAndHugeValuesAreOutOfRange() {
        assertEquals("learning rate NaN is out of range: it must be a number ≥ 0",
                refusal(() -> TypedValues.learningRate("NaN")));
        assertEquals("epochs 99,999,999,999 is out of range: it must be a whole number in [1, 100,000,000]",
                refusal(() -> TypedValues.epochs("99999999999")));
        assertEquals("mini-batch size 1 is out of range: it must be a whole number ≥ 2 (one point per update is the"
                + " SGD choice)", refusal(() -> TypedValues.whole("1", BatchMode.MINI_SIZE)));
    }
}
