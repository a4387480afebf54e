package dev.descent.lecture;

import dev.descent.core.BundledData;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The six lecture presets. */
public final class Presets {
    private static final Dataset HOURS_POINTS = Dataset.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
    private static final Dataset IDENTITY = Dataset.of(new double[] {1, 2, 3}, new double[] {1, 2, 3});

    private static final List<Preset> ALL = List.of(
            new Preset("gd", "Lecture 1 · Batch gradient descent on y = w·x",
                    "Three points (1,2), (2,4), (3,6); w starts at 1; learning rate 0.01 for 100 epochs, one update"
                            + " per epoch on the whole data set. w climbs to 2.",
                    lineRun(HOURS_POINTS, 1.0, 0.01, 100, 0), LogStyle.EPOCH, 4),
            new Preset("sgd", "Lecture 1 · Stochastic gradient descent (one sample per update)",
                    "The same data and start, but w is updated after every single point, in data order:"
                            + " three updates per epoch.",
                    lineRun(HOURS_POINTS, 1.0, 0.01, 100, 1), LogStyle.SGD, 4),
            new Preset("minibatch", "Lecture 1 · Mini-batch gradient descent (batches of 2)",
                    "The same data and start, updated on batches of two points: (1,2)+(2,4), then (3,6).",
                    lineRun(HOURS_POINTS, 1.0, 0.01, 100, 2), LogStyle.EPOCH, 4),
            new Preset("zero-start", "Lecture 2 · A deeper look: W from 0 with lr 0.15",
                    "H(x) = W·x on x = y = (1, 2, 3), W starts at 0, learning rate 0.15 for 10 epochs:"
                            + " W overshoots 1, then settles. (The lecture's hand-written gradient Σ(Wx−y)x with"
                            + " lr 0.1 is the same run: the mean gradient is 2/3 of that sum, and 0.15·2/3 = 0.1.)",
                    lineRun(IDENTITY, 0.0, 0.15, 10, 0), LogStyle.TABLE, Double.NaN),
            new Preset("momentum", "fast.ai lesson 2 · SGD with momentum 0.8 on y = 3x + 2",
                    "100 noisy points around y = 3x + 2, an affine fit from (w, b) = (−1, 1), learning rate 0.1,"
                            + " momentum 0.8 in the lesson's form: step = 0.8·last_step + 0.2·grad, which is"
                            + " PyTorch's SGD with momentum 0.8 and dampening 0.8.",
                    new RunConfig(BundledData.read("/dev/descent/data/fastai_momentum.csv"), Model.AFFINE,
                            SgdConfig.dampened(0.1, 0.8), new double[] {-1, 1}, 50, 0, false, 0, 0),
                    LogStyle.EPOCH, Double.NaN),
            new Preset("quadratic", "Fitting a quadratic a·x² + b·x + c",
                    "15 noisy points on a parabola, x = 0 … 14; (a, b, c) start at (−0.5, 0.3, 1.2), learning rate"
                            + " 1e-4 for 20 epochs. The large x² feature makes a tiny learning rate necessary.",
                    new RunConfig(BundledData.read("/dev/descent/data/quadratic_fit.csv"), Model.QUADRATIC,
                            SgdConfig.plain(1e-4), new double[] {-0.5, 0.3, 1.2}, 20, 0, false, 0, 0),
                    LogStyle.EPOCH, Double.NaN));

    private Presets() {
    }

    private static RunConfig lineRun(Dataset data, double w0, double lr, int epochs, int batchSize) {
        return new RunConfig(data, Model.LINE, SgdConfig.plain(lr), new double[] {w0}, epochs, batchSize, false, 0, 0);
    }

    public static List<Preset> all() {
        return ALL;
    }

    /** Every preset's id, in the order of {@link #all()}: what a session file may name. */
    public static List<String> ids() {
        return ALL.stream().map(Preset::id).toList();
    }

    /** The preset the app opens with. */
    public static Preset first() {
        return ALL.get(0);
    }

    public static Preset byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown preset '" + id + "': choose one of "
                        + ALL.stream().map(Preset::id).collect(Collectors.joining(", "))));
    }
}
