package dev.descent.bench;

import dev.descent.charts.FitChart;
import dev.descent.core.Dataset;
import dev.descent.core.Model;
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

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

/**
 * One redraw of the fit chart at 800×500 into an image, as a frame redraws it: the data set once, then
 * new parameters and a draw. From 4,000 points on, the chart draws a sample of 4,000, so the time
 * should stop growing with N.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx2g"})
public class FitChartBenchmark {
    @Param({"3", "4000", "100000", "1000000"})
    public int points;

    private FitChart fit;
    private BufferedImage image;
    private Graphics2D g2;
    private final Rectangle2D area = new Rectangle2D.Double(0, 0, 800, 500);
    private double w = 1;

    @Setup
    public void setUp() {
        Dataset data = BenchData.points(points);
        fit = new FitChart(Model.AFFINE);
        fit.setData(data);
        fit.setParams(new double[] {1, 0});
        image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
        g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    @Benchmark
    public BufferedImage redraw() {
        w = w == 1 ? 1.01 : 1;
        fit.setParams(new double[] {w, 0});
        fit.chart().draw(g2, area);
        return image;
    }
}
