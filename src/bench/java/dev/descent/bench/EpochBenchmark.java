package dev.descent.bench;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.Mse;
import dev.descent.core.analysis.QuadraticCost;
import dev.descent.core.optim.Optimizer;
import dev.descent.core.optim.RowSteps;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.Trainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One epoch, per model, batch size and data size. Scores are time per epoch; divide by {@code points}
 * for ns per point (BENCH.md does).
 *
 * <ul>
 *   <li>{@link #epoch}: batch 0 = the full batch read from the data (the fused cost-and-gradient pass
 *       and one update); batch k = the epoch's N/k updates, each a k-point gradient and an optimizer
 *       step, exactly as the trainer makes them (batch 1: SGD's fused row loop, {@code RowSteps});</li>
 *   <li>{@link #plainLoop}: the reference the issue quotes, one running sum per quantity in one pass;</li>
 *   <li>{@link #read}: a streaming read of x and y and nothing else, the memory-bandwidth floor;</li>
 *   <li>{@link #statisticsEpoch}: a full-batch epoch inside a real run on large data, which uses the
 *       sufficient statistics (per epoch of a 1000-epoch run, setup included).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EpochBenchmark {
    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    public int points;

    @Param({"line", "affine", "quadratic"})
    public String model;

    @Param({"0", "1", "32", "256"})
    public int batch;

    private Dataset data;
    private Model m;
    private double[] theta;
    private double[] grad;
    private Optimizer optimizer;
    private double[] xs;
    private double[] ys;
    private RunConfig statisticsRun;

    @Setup
    public void setUp() {
        data = BenchData.points(points);
        m = Model.byId(model);
        theta = new double[m.parameterCount()];
        grad = new double[m.parameterCount()];
        double lr = 0.5 / QuadraticCost.of(m, data).largestEigenvalue();
        // Small steps for small batches, so that no run drifts off to infinity during the measurement.
        optimizer = SgdConfig.heavyBall(batch == 0 ? lr : lr / 100, 0.5).create(m.parameterCount());
        xs = data.xs();
        ys = data.ys();
        statisticsRun = new RunConfig(data, m, SgdConfig.plain(lr), new double[m.parameterCount()], 1000, 0, false,
                0, 0);
    }

    @Benchmark
    public double epoch() {
        int n = data.size();
        if (batch == 0 || batch >= n) {
            double cost = Mse.costAndGradient(m, data, theta, grad);
            optimizer.step(theta, grad);
            return cost;
        }
        if (batch == 1 && optimizer instanceof RowSteps rows) {
            rows.stepRows(m, data, null, 0, n, theta, () -> false);
            return theta[0];
        }
        for (int from = 0; from < n; from += batch) {
            Mse.batchGradient(m, data, theta, null, from, Math.min(n, from + batch), grad);
            optimizer.step(theta, grad);
        }
        return theta[0];
    }

    /** One pass, one running sum per quantity (cost, ∂w, ∂b), affine model: the straightforward loop. */
    @Benchmark
    public double plainLoop() {
        double w = 0.5;
        double b = 0.25;
        double c = 0;
        double gw = 0;
        double gb = 0;
        for (int i = 0; i < xs.length; i++) {
            double r = w * xs[i] + b - ys[i];
            c += r * r;
            gw += 2 * xs[i] * r;
            gb += 2 * r;
        }
        return c + gw + gb;
    }

    /** Reads every x and y once, with four partial sums so that the adds never limit the speed. */
    @Benchmark
    public double read() {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 1 < xs.length; i += 2) {
            s0 += xs[i];
            s1 += ys[i];
            s2 += xs[i + 1];
            s3 += ys[i + 1];
        }
        for (; i < xs.length; i++) {
            s0 += xs[i] + ys[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Benchmark
    @OperationsPerInvocation(1000)
    public Object statisticsEpoch() {
        return Trainer.run(statisticsRun, e -> { });
    }
}
