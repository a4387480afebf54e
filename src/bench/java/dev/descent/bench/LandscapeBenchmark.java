package dev.descent.bench;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.analysis.QuadraticCost;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The landscape chart's curve: the cost along one parameter at 400 values, through the point the run
 * is at. {@link #fromData} is what a new point costs (one pass for the cost and slope there, then the
 * parabola); {@link #fromFrame} is what the window pays when the frame already has the cost and slope.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LandscapeBenchmark {
    @Param({"1000", "100000", "10000000"})
    public int points;

    @Param({"affine"})
    public String model;

    private Dataset data;
    private QuadraticCost quadratic;
    private double[] theta;
    private final double[] values = new double[400];

    @Setup
    public void setUp() {
        Model m = Model.byId(model);
        data = BenchData.points(points);
        quadratic = QuadraticCost.of(m, data);
        theta = new double[m.parameterCount()];
        theta[0] = 0.5;
        for (int i = 0; i < values.length; i++) {
            values[i] = -1 + 6.0 * i / (values.length - 1);
        }
    }

    @Benchmark
    public double[] fromData() {
        return quadratic.costAlong(data, theta, 0, values);
    }

    @Benchmark
    public double[] fromFrame() {
        return quadratic.costAlong(theta[0], 3.25, -2.5, 0, values);
    }
}
