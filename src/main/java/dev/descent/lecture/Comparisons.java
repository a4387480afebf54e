package dev.descent.lecture;

import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;

import java.util.List;

/**
 * Ready-made comparisons: a lecture preset run several ways at once, so a class sees the difference
 * in one picture. Every run shares the preset's data, model, start and epochs.
 */
public final class Comparisons {
    /**
     * One comparison.
     *
     * @param presetId the lecture whose data, model, start and epochs every run shares
     * @param runs     the runs, in the order of their colours
     */
    public record Comparison(String id, String displayName, String description, String presetId,
                             List<RunConfig> runs) {
        public Comparison {
            runs = List.copyOf(runs);
        }

        public Preset preset() {
            return Presets.byId(presetId);
        }

        @Override
        public String toString() {
            return displayName;
        }
    }

    private static final List<Comparison> ALL = List.of(momentumRace(), learningRates());

    private Comparisons() {
    }

    public static List<Comparison> all() {
        return ALL;
    }

    /** Plain GD, the lesson's dampened momentum, PyTorch's momentum 0.9 and Nesterov 0.9, all at lr 0.1. */
    private static Comparison momentumRace() {
        RunConfig base = Presets.byId("momentum").config();
        double lr = 0.1;
        return new Comparison("momentum-race", "GD vs momentum vs Nesterov on the momentum lecture",
                "The fast.ai data, all four at learning rate 0.1: plain gradient descent, the lesson's dampened"
                        + " momentum 0.8, PyTorch's momentum 0.9 and Nesterov 0.9. Momentum gains speed along the"
                        + " long valley; Nesterov looks ahead and overshoots less.",
                "momentum", List.of(
                base.withOptimizer(SgdConfig.plain(lr)),
                base.withOptimizer(SgdConfig.dampened(lr, 0.8)),
                base.withOptimizer(new SgdConfig(lr, 0.9, 0, false, 0)),
                base.withOptimizer(new SgdConfig(lr, 0.9, 0, true, 0))));
    }

    /** Lecture 1 at three rates: too small, the lecture's, and just under the stability limit 0.214. */
    private static Comparison learningRates() {
        RunConfig base = Presets.byId("gd").config();
        return new Comparison("learning-rates", "Lecture 1 at three learning rates: 0.002, 0.01, 0.2",
                "The same three points and start at three rates: 0.002 crawls, the lecture's 0.01 arrives, and 0.2,"
                        + " just under the stability limit 0.214, overshoots w = 2 on every step yet still settles.",
                "gd", List.of(
                base.withOptimizer(SgdConfig.plain(0.002)),
                base.withOptimizer(SgdConfig.plain(0.01)),
                base.withOptimizer(SgdConfig.plain(0.2))));
    }
}
