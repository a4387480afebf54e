package dev.descent.lecture;

import dev.descent.core.Format;
import dev.descent.Recorder;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.OptimizerState;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.StepSnapshot;
import dev.descent.core.train.Trainer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The update, explained, on the first lecture's problem: y = w·x on x = (1, 2, 3), y = (2, 4, 6), w from 1.
 * There the full-batch gradient is g(w) = mean(2x(xw − y)) = (2/3)(1 + 4 + 9)(w − 2) = (28/3)(w − 2), so
 * g(1) = −28/3 ≈ −9.33. The expected numbers below follow from that and the README's equations, worked
 * step by step here; the explanation must also land, exactly, on the w the optimizer produced.
 */
class UpdateExplanationTest {
    private static final Dataset LECTURE = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
    private static final double G1 = -28.0 / 3;

    private static double g(double w) {
        return 28.0 / 3 * (w - 2);
    }

    private static RunConfig run(OptimizerConfig optimizer, int batchSize) {
        return new RunConfig(LECTURE, Model.LINE, optimizer, new double[] {1}, 3, batchSize, false, 0, 0);
    }

    /** Each update of a run, explained from the state the previous update left. */
    private static List<UpdateExplanation> explain(RunConfig config) {
        Recorder r = new Recorder();
        Trainer.run(config, r);
        List<UpdateExplanation> out = new ArrayList<>();
        OptimizerState before = OptimizerState.empty(0);
        for (StepSnapshot s : r.steps) {
            UpdateExplanation e = UpdateExplanation.of(config, s, before);
            assertArrayEquals(s.params(), e.after(), "update " + s.iteration() + " lands on the optimizer's own θ");
            out.add(e);
            before = s.state();
        }
        return out;
    }

    private static UpdateExplanation.Line line(UpdateExplanation e, String startsWith) {
        for (UpdateExplanation.Line l : e.blocks().get(0).lines()) {
            if (l.symbolic().startsWith(startsWith)) {
                return l;
            }
        }
        throw new AssertionError("no line starting '" + startsWith + "' in\n" + e.text());
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
    }

    @Test
    void dampenedMomentumFirstAndSecondSteps() {
        // lr 0.01, momentum 0.8, dampening 0.8 (the fast.ai form).
        // Step 1: v = g(1) = −9.333 (a copy, no dampening); w1 = 1 − 0.01·(−9.333) = 1.09333.
        // Step 2: g(w1) = (28/3)(1.09333 − 2) = −8.4622; v = 0.8·(−9.333) + 0.2·(−8.4622) = −9.1591;
        //         w2 = 1.09333 − 0.01·(−9.1591) = 1.18492.
        List<UpdateExplanation> e = explain(run(SgdConfig.dampened(0.01, 0.8), 0));
        double w1 = 1 - 0.01 * G1;
        double g2 = g(w1);
        double v2 = 0.8 * G1 + 0.2 * g2;
        double w2 = w1 - 0.01 * v2;

        UpdateExplanation first = e.get(0);
        assertEquals("g = 2·mean(x·(w·x − y))", line(first, "g =").symbolic());
        assertEquals("−9.33", line(first, "g =").numeric());
        assertEquals("v = g", line(first, "v =").symbolic());
        close(G1, line(first, "v =").value());
        assertEquals("w ← w − 0.01·v", line(first, "w ←").symbolic());
        assertEquals("1.000 − 0.01·(−9.33) = 1.093", line(first, "w ←").numeric());
        close(w1, first.after()[0]);

        UpdateExplanation second = e.get(1);
        close(g2, line(second, "g =").value());
        assertEquals("v = 0.8·v + 0.2·g", line(second, "v =").symbolic());
        assertEquals("0.8·(−9.33) + 0.2·(−8.46) = −9.16", line(second, "v =").numeric());
        close(v2, line(second, "v =").value());
        close(w2, second.after()[0]);
        assertEquals("1.093 − 0.01·(−9.16) = 1.185", line(second, "w ←").numeric());
        assertTrue(second.heading().contains("update 2"), second.heading());
    }

    @Test
    void heavyBallHasNoFactorOnG() {
        // Step 2 of heavy ball μ = 0.9: v = 0.9·g(1) + g(w1), w1 = 1 − 0.01·g(1).
        List<UpdateExplanation> e = explain(run(SgdConfig.heavyBall(0.01, 0.9), 0));
        double w1 = 1 - 0.01 * G1;
        double v2 = 0.9 * G1 + g(w1);
        assertEquals("v = 0.9·v + g", line(e.get(1), "v =").symbolic());
        close(v2, line(e.get(1), "v =").value());
        close(w1 - 0.01 * v2, e.get(1).after()[0]);
    }

    @Test
    void nesterovWithWeightDecay() {
        // lr 0.01, μ 0.9, nesterov, λ 0.1. Step 1: g' = g(1) + 0.1·1 = −9.2333; v = g'; d = g' + 0.9·v = 1.9·g';
        // w1 = 1 − 0.01·1.9·g' = 1.175433. Step 2: g' = g(w1) + 0.1·w1; v = 0.9·v1 + g'; d = g' + 0.9·v.
        List<UpdateExplanation> e = explain(run(new SgdConfig(0.01, 0.9, 0, true, 0.1), 0));
        double gd1 = G1 + 0.1;
        double w1 = 1 - 0.01 * (gd1 + 0.9 * gd1);
        assertEquals("g ← g + 0.1·w", line(e.get(0), "g ←").symbolic());
        assertEquals("−9.33 + 0.1·1.00 = −9.23", line(e.get(0), "g ←").numeric());
        assertEquals("d = g + 0.9·v", line(e.get(0), "d =").symbolic());
        assertEquals("w ← w − 0.01·d", line(e.get(0), "w ←").symbolic());
        close(w1, e.get(0).after()[0]);
        double gd2 = g(w1) + 0.1 * w1;
        double v2 = 0.9 * gd1 + gd2;
        close(v2, line(e.get(1), "v =").value());
        close(w1 - 0.01 * (gd2 + 0.9 * v2), e.get(1).after()[0]);
    }

    @Test
    void plainGradientDescentIsOneStep() {
        List<UpdateExplanation> e = explain(run(SgdConfig.plain(0.01), 0));
        List<UpdateExplanation.Line> lines = e.get(0).blocks().get(0).lines();
        assertEquals(2, lines.size());
        assertEquals("w ← w − 0.01·g", lines.get(1).symbolic());
        // The lecture's first epoch: w = 1 + 0.0933 = 1.0933 (its log shows 1.09).
        close(1 - 0.01 * G1, lines.get(1).value());
    }

    @Test
    void adamFirstTwoSteps() {
        // lr 0.1, β 0.9/0.999, ε 1e-8. Step 1: m = 0.1·g, v = 0.001·g²; m̂ = g, v̂ = g²;
        // w1 = 1 − 0.1·g/(|g| + ε) ≈ 1.1. Step 2: m = 0.9·m1 + 0.1·g2, v = 0.999·v1 + 0.001·g2²,
        // m̂ = m/(1 − 0.81), v̂ = v/(1 − 0.998001), w2 = w1 − 0.1·m̂/(√v̂ + ε).
        List<UpdateExplanation> e = explain(run(AdamConfig.withDefaults(0.1), 0));
        double m1 = 0.1 * G1;
        double v1 = 0.001 * G1 * G1;
        close(m1, line(e.get(0), "m =").value());
        close(v1, line(e.get(0), "v =").value());
        close(G1, line(e.get(0), "m_hat").value());
        close(G1 * G1, line(e.get(0), "v_hat").value());
        double w1 = 1 - 0.1 * G1 / (Math.abs(G1) + 1e-8);
        close(w1, e.get(0).after()[0]);
        assertEquals("m_hat = m / (1 − 0.9¹)", line(e.get(0), "m_hat").symbolic());
        assertEquals("w ← w − 0.1·m_hat / (√v_hat + 1e−8)", line(e.get(0), "w ←").symbolic());

        double g2 = g(w1);
        double m2 = 0.9 * m1 + 0.1 * g2;
        double v2 = 0.999 * v1 + 0.001 * g2 * g2;
        double w2 = w1 - 0.1 * (m2 / 0.19) / (Math.sqrt(v2 / (1 - 0.998001)) + 1e-8);
        assertEquals("m_hat = m / (1 − 0.9²)", line(e.get(1), "m_hat").symbolic());
        close(m2 / 0.19, line(e.get(1), "m_hat").value());
        close(w2, e.get(1).after()[0]);
    }

    @Test
    void rmspropFirstTwoSteps() {
        // lr 0.01, α 0.99. Step 1: v = 0.01·g², w1 = 1 − 0.01·g/(√v + ε) = 1 + 0.01·9.333/0.9333 ≈ 1.1.
        List<UpdateExplanation> e = explain(run(RmspropConfig.withDefaults(0.01), 0));
        double v1 = 0.01 * G1 * G1;
        double w1 = 1 - 0.01 * G1 / (Math.sqrt(v1) + 1e-8);
        assertEquals("v = 0.99·v + 0.01·g²", line(e.get(0), "v =").symbolic());
        close(v1, line(e.get(0), "v =").value());
        close(w1, e.get(0).after()[0]);
        double g2 = g(w1);
        double v2 = 0.99 * v1 + 0.01 * g2 * g2;
        close(v2, line(e.get(1), "v =").value());
        close(w1 - 0.01 * g2 / (Math.sqrt(v2) + 1e-8), e.get(1).after()[0]);
    }

    @Test
    void adagradFirstTwoSteps() {
        // lr 0.1. Step 1: s = g², w1 = 1 − 0.1·g/(|g| + 1e-10) ≈ 1.1. Step 2: s = g1² + g2².
        List<UpdateExplanation> e = explain(run(AdagradConfig.withDefaults(0.1), 0));
        double s1 = G1 * G1;
        double w1 = 1 - 0.1 * G1 / (Math.sqrt(s1) + 1e-10);
        assertEquals("s = s + g²", line(e.get(0), "s =").symbolic());
        assertEquals("0 + (−9.33)² = 87.1", line(e.get(0), "s =").numeric());
        close(w1, e.get(0).after()[0]);
        double g2 = g(w1);
        close(s1 + g2 * g2, line(e.get(1), "s =").value());
        close(w1 - 0.1 * g2 / (Math.sqrt(s1 + g2 * g2) + 1e-10), e.get(1).after()[0]);
    }

    @Test
    void aSinglePointBatchShowsThePointSubstituted() {
        // Per-sample SGD, first update on (x, y) = (1, 2) from w = 1: g = 2·1·(1·1 − 2) = −2, w = 1.02.
        List<UpdateExplanation> e = explain(run(SgdConfig.plain(0.01), 1));
        UpdateExplanation.Line g = line(e.get(0), "g =");
        assertEquals("g = 2·x·(w·x − y)", g.symbolic());
        // w = 1 is written as on the update line, with the decimals that show its change of 0.02.
        assertEquals("2·1·(1.000·1 − 2) = −2.00", g.numeric());
        assertEquals("1.000 − 0.01·(−2.00) = 1.020", line(e.get(0), "w ←").numeric());
        close(-2, g.value());
        close(1.02, e.get(0).after()[0]);
        assertTrue(e.get(0).heading().contains("point 1 (x = 1, y = 2)"), e.get(0).heading());
        // Second update on (2, 4) from w = 1.02: g = 2·2·(1.02·2 − 4) = −7.84.
        close(-7.84, line(e.get(1), "g =").value());
    }

    @Test
    void affineModelGetsABlockPerParameter() {
        RunConfig preset = Presets.byId("momentum").config();
        List<UpdateExplanation> e = explain(preset.withEpochs(3));
        UpdateExplanation second = e.get(1);
        assertEquals(2, second.blocks().size());
        assertEquals("w", second.blocks().get(0).parameter());
        assertEquals("b", second.blocks().get(1).parameter());
        assertEquals("g = 2·mean(x·(w·x + b − y))", second.blocks().get(0).lines().get(0).symbolic());
        assertEquals("g = 2·mean(w·x + b − y)", second.blocks().get(1).lines().get(0).symbolic());
        assertEquals("b ← b − 0.1·v", second.blocks().get(1).lines().get(2).symbolic());
        assertTrue(second.text().contains("v = 0.8·v + 0.2·g"), second.text());
    }

    @Test
    void epochSnapshotOfAFullBatchRunExplainsTheSameUpdate() {
        RunConfig config = run(SgdConfig.dampened(0.01, 0.8), 0);
        Recorder r = new Recorder();
        Trainer.run(config, r);
        UpdateExplanation fromEpoch = UpdateExplanation.of(config, r.epochs.get(1), r.epochs.get(0).state());
        UpdateExplanation fromStep = UpdateExplanation.of(config, r.steps.get(1), r.steps.get(0).state());
        assertEquals(fromStep, fromEpoch);
        RunConfig sgd = run(SgdConfig.plain(0.01), 1);
        Recorder r2 = new Recorder();
        Trainer.run(sgd, r2);
        assertThrows(IllegalArgumentException.class, () -> UpdateExplanation.of(sgd, r2.epochs.get(0), null));
    }

    @Test
    void aMissingBufferAfterTheFirstStepIsRefusedClearly() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> UpdateExplanation.of(
                SgdConfig.heavyBall(0.01, 0.9), Model.LINE, LECTURE, new int[] {0, 1, 2}, new double[] {1},
                new double[] {G1}, OptimizerState.empty(3)));
        assertTrue(ex.getMessage().contains("momentum_buffer"), ex.getMessage());
    }

    @Test
    void numbersAreShortAndUseARealMinus() {
        assertEquals("−9.33", Format.figures(-28.0 / 3, 3));
        assertEquals("−9.333", Format.figures(-28.0 / 3, 4));
        assertEquals("0.0871", Format.figures(0.0871111, 3));
        assertEquals("1.23×10⁻⁵", Format.figures(1.234e-5, 3));
        assertEquals("0.2", Format.setting(1 - 0.8, 3));
        assertEquals("1e−8", Format.setting(1e-8, 3));
        assertEquals("0.001", Format.setting(1 - 0.999, 4));
        assertEquals("0.649", Format.setting(0.6490728476821193, 3));
        assertEquals("0.6491", Format.setting(0.6490728476821193, 4));
        // Enough decimals that a small change shows: 1.99912 → 1.99889 is written with five.
        assertEquals(5, UpdateExplanation.decimals(1.99912, 1.99889));
        assertEquals("1.99912", new UpdateExplanation.Digits(3, 5).theta(1.99912));
    }

    @Test
    void aValueReadsTheSameOnEveryLineAndTheUpdateWorksOutByHand() {
        // The quadratic lecture at lr 0.0001: a = −0.500, g = −16722.3, so a becomes 1.17223, written 1.172.
        // Three figures, −16700, would give −0.500 + 1.670 = 1.170 by hand; four give 1.172, and then g is
        // written −16720 on its own line too, not −16700 there and −16720 here.
        RunConfig quadratic = Presets.byId("quadratic").config();
        UpdateExplanation first = explain(quadratic.withEpochs(1)).get(0);
        List<UpdateExplanation.Line> a = first.blocks().get(0).lines();
        assertEquals("−16720", a.get(0).numeric());
        assertEquals("−0.500 − 0.0001·(−16720) = 1.172", a.get(1).numeric());
        // Small factors keep the usual three figures: the first lecture's first update.
        assertEquals("−9.33", line(explain(run(SgdConfig.plain(0.01), 0)).get(0), "g =").numeric());
    }

    @Test
    void aDraggedMomentumIsWrittenToTheFiguresOfItsLine() {
        // A momentum slider left at 0.6490728476821193, in the fast.ai form (dampening = momentum).
        RunConfig preset = Presets.byId("momentum").config();
        double mu = 0.6490728476821193;
        RunConfig dragged = preset.withOptimizer(SgdConfig.dampened(0.0123456789, mu));
        UpdateExplanation second = explain(dragged.withEpochs(2)).get(1);
        assertTrue(!second.text().contains("6490728") && !second.text().contains("0123456789"), second.text());
        assertTrue(second.heading().startsWith("SGD lr=0.01235 momentum=0.6491 dampening=0.6491 · update 2"),
                second.heading());
        assertEquals("v = 0.649·v + 0.351·g", second.blocks().get(0).lines().get(1).symbolic());
        assertEquals("w ← w − 0.0123·v", second.blocks().get(0).lines().get(2).symbolic());
    }

    /** "θ − lr·d = θ′" with the real minus and parentheses taken off. */
    private static final java.util.regex.Pattern UPDATE =
            java.util.regex.Pattern.compile("(\\S+) - (\\S+)·(\\S+) = (\\S+)");

    /** A number as the panel writes it, 1.551×10⁶ included (with an ASCII minus). */
    private static java.math.BigDecimal decimal(String text) {
        int times = text.indexOf("×10");
        if (times < 0) {
            return new java.math.BigDecimal(text);
        }
        StringBuilder exponent = new StringBuilder();
        for (char c : text.substring(times + 3).toCharArray()) {
            exponent.append(c == '⁻' ? '-' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
        }
        return new java.math.BigDecimal(text.substring(0, times)).scaleByPowerOfTen(Integer.parseInt(exponent.toString()));
    }

    @Test
    void everySgdUpdateLineWorksOutByHandWithNumbersOfAtMostFourFigures() {
        RunConfig momentum = Presets.byId("momentum").config();
        RunConfig quadratic = Presets.byId("quadratic").config();
        List<RunConfig> runs = List.of(quadratic.withEpochs(20),
                quadratic.withOptimizer(new SgdConfig(1e-4, 0.9, 0, true, 0.01)).withEpochs(8),
                momentum.withOptimizer(SgdConfig.dampened(0.0123456789, 0.6490728476821193)).withEpochs(20),
                momentum.withOptimizer(SgdConfig.heavyBall(0.3, 0.9)).withEpochs(20),
                run(SgdConfig.plain(0.01), 1).withEpochs(10));
        int checked = 0;
        for (RunConfig config : runs) {
            for (UpdateExplanation e : explain(config)) {
                for (UpdateExplanation.Block b : e.blocks()) {
                    List<UpdateExplanation.Line> lines = b.lines();
                    UpdateExplanation.Line update = lines.get(lines.size() - 1);
                    String numeric = update.numeric().replace(Format.MINUS, "-").replace("(", "")
                            .replace(")", "");
                    java.util.regex.Matcher m = UPDATE.matcher(numeric);
                    assertTrue(m.matches(), e.heading() + "\n" + update.text());
                    java.math.BigDecimal theta = decimal(m.group(1));
                    java.math.BigDecimal lr = decimal(m.group(2));
                    java.math.BigDecimal d = decimal(m.group(3));
                    java.math.BigDecimal after = decimal(m.group(4));
                    java.math.BigDecimal byHand = theta.subtract(lr.multiply(d));
                    java.math.BigDecimal unit = java.math.BigDecimal.ONE.movePointLeft(after.scale());
                    String what = e.heading() + "\n" + update.text();
                    assertEquals(theta.scale(), after.scale(), what + ": θ before and after alike");
                    assertTrue(byHand.subtract(after).abs().compareTo(unit) <= 0, what + ": by hand " + byHand);
                    assertTrue(d.stripTrailingZeros().precision() <= 4 && lr.stripTrailingZeros().precision() <= 4,
                            what + ": at most four figures");
                    // The step's factor is written as the line that works it out wrote it.
                    UpdateExplanation.Line source = lines.get(lines.size() - 2);
                    String result = source.numeric().substring(source.numeric().lastIndexOf(' ') + 1);
                    assertEquals(result.replace(Format.MINUS, "-"), m.group(3), what + " after " + source.text());
                    checked++;
                }
            }
        }
        assertTrue(checked > 150, checked + " update lines");
    }

    /** "θ − lr·a / (√s + ε) = θ′" with an ASCII minus and no parentheses around a negative factor. */
    private static final java.util.regex.Pattern ADAPTIVE =
            java.util.regex.Pattern.compile("(\\S+) - (\\S+)·(\\S+) / \\(√\\(?([^ )]+)\\)? \\+ (\\S+)\\) = (\\S+)");

    @Test
    void everyAdaptiveUpdateLineWorksOutByHand() {
        RunConfig momentum = Presets.byId("momentum").config();
        int checked = 0;
        for (OptimizerConfig optimizer : List.of(AdamConfig.withDefaults(0.05), new AdamConfig(0.0123456, 0.85, 0.99, 1e-8,
                0.01), RmspropConfig.withDefaults(0.01), AdagradConfig.withDefaults(0.1))) {
            for (UpdateExplanation e : explain(momentum.withOptimizer(optimizer).withEpochs(20))) {
                for (UpdateExplanation.Block b : e.blocks()) {
                    UpdateExplanation.Line update = b.lines().get(b.lines().size() - 1);
                    String numeric = update.numeric().replace(Format.MINUS, "-")
                            .replaceAll("·\\((-[^ )]+)\\)", "·$1");
                    java.util.regex.Matcher m = ADAPTIVE.matcher(numeric);
                    String what = e.heading() + "\n" + update.text();
                    assertTrue(m.matches(), what);
                    double byHand = decimal(m.group(1)).doubleValue() - decimal(m.group(2)).doubleValue()
                            * decimal(m.group(3)).doubleValue() / (Math.sqrt(decimal(m.group(4)).doubleValue())
                            + decimal(m.group(5)).doubleValue());
                    java.math.BigDecimal after = decimal(m.group(6));
                    double unit = Math.pow(10, -after.scale());
                    assertTrue(Math.abs(byHand - after.doubleValue()) <= unit, what + ": by hand " + byHand);
                    for (int k = 2; k <= 5; k++) {
                        assertTrue(decimal(m.group(k)).stripTrailingZeros().precision() <= 4, what + ": " + m.group(k));
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked >= 150, checked + " update lines");
    }
}
