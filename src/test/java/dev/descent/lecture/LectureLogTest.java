package dev.descent.lecture;

import dev.descent.core.train.RunConfig;
import dev.descent.core.train.Trainer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The printed lines of the lectures. Expected lines are typed in from the lecture texts
 * (lectures/000_… and 002_…), not produced by the code.
 */
class LectureLogTest {

    private static List<String> log(String presetId) {
        Preset p = Presets.byId(presetId);
        RunConfig c = p.config();
        List<String> lines = new ArrayList<>();
        LectureLog log = new LectureLog(c, LectureLog.styleFor(c, p.logStyle()), p.predictAt(), lines::add);
        log.start();
        Trainer.run(c, log);
        return lines;
    }

    @Test
    void gdPrintsTheLecturesLines() {
        List<String> lines = log("gd");
        assertEquals(102, lines.size(), "predict, 100 epochs, predict");
        // The slide prints Python's str(4.0) = "4.0" here; the product prints two decimals, as the
        // "after" line on the same slide does.
        assertEquals("Predict (before training) 4 4.00", lines.get(0));
        List<String> first = List.of(
                "Epoch: 0 w= 1.09 cost= 4.67",
                "Epoch: 1 w= 1.18 cost= 3.84",
                "Epoch: 2 w= 1.25 cost= 3.15",
                "Epoch: 3 w= 1.32 cost= 2.59",
                "Epoch: 4 w= 1.39 cost= 2.13",
                "Epoch: 5 w= 1.44 cost= 1.75",
                "Epoch: 6 w= 1.50 cost= 1.44",
                "Epoch: 7 w= 1.54 cost= 1.18",
                "Epoch: 8 w= 1.59 cost= 0.97",
                "Epoch: 9 w= 1.62 cost= 0.80",
                "Epoch: 10 w= 1.66 cost= 0.66");
        assertEquals(first, lines.subList(1, 12));
        List<String> last = List.of(
                "Epoch: 90 w= 2.00 cost= 0.00",
                "Epoch: 91 w= 2.00 cost= 0.00",
                "Epoch: 92 w= 2.00 cost= 0.00",
                "Epoch: 93 w= 2.00 cost= 0.00",
                "Epoch: 94 w= 2.00 cost= 0.00",
                "Epoch: 95 w= 2.00 cost= 0.00",
                "Epoch: 96 w= 2.00 cost= 0.00",
                "Epoch: 97 w= 2.00 cost= 0.00",
                "Epoch: 98 w= 2.00 cost= 0.00",
                "Epoch: 99 w= 2.00 cost= 0.00",
                "Predict (after training) 4 8.00");
        assertEquals(last, lines.subList(91, 102));
    }

    @Test
    void zeroStartPrintsTheKoreanLecturesTable() {
        // Typed in from lecture 002. The lecture ran float32 torch and printed 0.746666 on the second
        // line; float64 gives 0.746666666666667, which rounds to 0.746667 (the golden value). Every
        // other line is the lecture's own.
        List<String> expected = List.of(
                "Epoch    0/10 W: 0.000, Cost: 4.666667",
                "Epoch    1/10 W: 1.400, Cost: 0.746667",
                "Epoch    2/10 W: 0.840, Cost: 0.119467",
                "Epoch    3/10 W: 1.064, Cost: 0.019115",
                "Epoch    4/10 W: 0.974, Cost: 0.003058",
                "Epoch    5/10 W: 1.010, Cost: 0.000489",
                "Epoch    6/10 W: 0.996, Cost: 0.000078",
                "Epoch    7/10 W: 1.002, Cost: 0.000013",
                "Epoch    8/10 W: 0.999, Cost: 0.000002",
                "Epoch    9/10 W: 1.000, Cost: 0.000000",
                "Epoch   10/10 W: 1.000, Cost: 0.000000");
        assertEquals(expected, log("zero-start"));
    }

    @Test
    void sgdPrintsEachSampleThenProgress() {
        // Epoch 0 by hand (see LectureGoldenTest): gradients −2, −7.84, −16.2288; w = 1.260688;
        // the last sample's loss after its update, (3·1.260688 − 6)², is 4.9192… (golden row 0).
        // Epoch 1: w = 1.453417766656, loss 2.688769… (golden row 1).
        List<String> lines = log("sgd");
        assertEquals(1 + 100 * 4 + 1, lines.size());
        assertEquals(List.of(
                "Predict (before training) 4 4.00",
                "\tgrad:  1.0 2.0 -2.00",
                "\tgrad:  2.0 4.0 -7.84",
                "\tgrad:  3.0 6.0 -16.23",
                "progress: 0 w= 1.26 loss= 4.92"), lines.subList(0, 5));
        assertEquals("progress: 1 w= 1.45 loss= 2.69", lines.get(8));
        assertEquals("progress: 99 w= 2.00 loss= 0.00", lines.get(400));
        assertEquals("Predict (after training) 4 8.00", lines.get(401));
    }

    @Test
    void styleForBatchSizeOne() {
        RunConfig gd = Presets.byId("gd").config();
        assertEquals(LogStyle.SGD, LectureLog.styleFor(gd.withBatchSize(1), LogStyle.EPOCH));
        assertEquals(LogStyle.EPOCH, LectureLog.styleFor(gd, LogStyle.SGD));
        assertEquals(LogStyle.TABLE, LectureLog.styleFor(gd, LogStyle.TABLE));
    }
}
