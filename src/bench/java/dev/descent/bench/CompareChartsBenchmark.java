package dev.descent.bench;

import dev.descent.charts.ChartPng;
import dev.descent.charts.CompareCharts;
import dev.descent.charts.RunTrace;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.Trainer;
import dev.descent.core.train.TrainingListener;
import dev.descent.lecture.Presets;
import org.jfree.chart.ChartRenderingInfo;
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

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One picture of the compared runs' charts at 640×400, as the window's painter makes each: four runs of
 * the momentum lecture (its own, SGD with momentum 0.9, Nesterov at half the rate, Adam), each with
 * {@code epochs} epochs of history, built and drawn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx2g"})
public class CompareChartsBenchmark {
    @Param({"100", "2000", "16000"})
    public int epochs;

    private List<RunTrace> runs;
    private final BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_ARGB_PRE);

    @Setup
    public void setUp() {
        RunConfig lesson = Presets.byId("momentum").config().withEpochs(epochs);
        double lr = lesson.optimizer().lr();
        runs = List.of(trace("lesson", lesson), trace("momentum", lesson.withOptimizer(SgdConfig.heavyBall(lr, 0.9))),
                trace("Nesterov", lesson.withOptimizer(new SgdConfig(lr / 2, 0.9, 0, true, 0))),
                trace("Adam", lesson.withOptimizer(AdamConfig.withDefaults(lr))));
    }

    private static RunTrace trace(String label, RunConfig c) {
        List<EpochSnapshot> h = new ArrayList<>();
        RunResult r = Trainer.run(c, new TrainingListener() {
            @Override
            public void onEpoch(EpochSnapshot e) {
                h.add(e);
            }
        });
        return new RunTrace(label, c, h, r);
    }

    @Benchmark
    public BufferedImage cost() {
        ChartPng.paint(CompareCharts.costChart(runs, false), image, 640, 400, 1, new ChartRenderingInfo());
        return image;
    }

    @Benchmark
    public BufferedImage fit() {
        ChartPng.paint(CompareCharts.fitChart(runs), image, 640, 400, 1, new ChartRenderingInfo());
        return image;
    }

    @Benchmark
    public BufferedImage landscape() {
        ChartPng.paint(CompareCharts.landscapeChart(runs, 640), image, 640, 400, 1, new ChartRenderingInfo());
        return image;
    }
}
