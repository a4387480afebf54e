package dev.descent.charts;

import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.Trainer;
import dev.descent.lecture.Presets;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartPngTest {

    private static JFreeChart lectureCost() {
        var config = Presets.byId("gd").config();
        List<EpochSnapshot> history = new ArrayList<>();
        RunResult result = Trainer.run(config, history::add);
        return RunCharts.costChart(config, history, result).chart();
    }

    /** The first row from the top with a dark pixel: the top of the title's letters. */
    private static int titleTop(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int alpha = rgb >>> 24;
                int sum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
                if (alpha > 200 && sum < 200) {
                    return y;
                }
            }
        }
        return -1;
    }

    @Test
    void aPictureTwiceTheLayoutWidthIsTheLayoutDrawnTwiceAsLarge() {
        JFreeChart chart = lectureCost();
        int w = (int) ChartPng.LAYOUT_WIDTH;
        BufferedImage small = ChartPng.image(chart, w, w * 5 / 8);
        BufferedImage large = ChartPng.image(chart, 2 * w, 2 * (w * 5 / 8));
        assertEquals(2 * w, large.getWidth());
        int top = titleTop(small);
        assertTrue(top > 0, "a title at the top");
        // Drawn at the layout size and scaled: the title starts twice as far down (its padding grew too).
        assertEquals(2 * top, titleTop(large), 2);
    }

    @Test
    void smallerPicturesAreDrawnAsTheyAre() {
        assertEquals(1, ChartPng.scale(640));
        assertEquals(1, ChartPng.scale((int) ChartPng.LAYOUT_WIDTH));
        assertEquals(1600 / ChartPng.LAYOUT_WIDTH, ChartPng.scale(1600), 1e-12);
    }
}
