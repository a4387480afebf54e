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
        int h = (int) ChartPng.LAYOUT_HEIGHT;
        BufferedImage small = ChartPng.image(chart, w, h);
        BufferedImage large = ChartPng.image(chart, 2 * w, 2 * h);
        assertEquals(2 * w, large.getWidth());
        int top = titleTop(small);
        assertTrue(top > 0, "a title at the top");
        // Drawn at the layout size and scaled: the title starts twice as far down (its padding grew too).
        assertEquals(2 * top, titleTop(large), 2);
    }

    @Test
    void smallerPicturesAreDrawnAsTheyAreAndAWideShortOneKeepsItsPlot() {
        assertEquals(1, ChartPng.scale(640, 400));
        assertEquals(1, ChartPng.scale((int) ChartPng.LAYOUT_WIDTH, (int) ChartPng.LAYOUT_HEIGHT));
        assertEquals(1600 / ChartPng.LAYOUT_WIDTH, ChartPng.scale(1600, 1200), 1e-12);
        assertEquals(1000 / ChartPng.LAYOUT_HEIGHT, ChartPng.scale(1600, 1000), 1e-12, "the height limits it");
        assertEquals(1, ChartPng.scale(4000, 300), "a strip is drawn as it is");
        // A 4000 × 300 strip: the plot (its axes and the curve) is drawn, not only the title.
        BufferedImage strip = ChartPng.image(lectureCost(), 4000, 300);
        int blue = 0;
        for (int x = 0; x < strip.getWidth(); x += 4) {
            for (int y = 150; y < strip.getHeight(); y++) {
                java.awt.Color c = new java.awt.Color(strip.getRGB(x, y), true);
                if (c.getAlpha() > 200 && Math.abs(c.getRed() - ChartStyle.COST_COLOR.getRed())
                        + Math.abs(c.getGreen() - ChartStyle.COST_COLOR.getGreen())
                        + Math.abs(c.getBlue() - ChartStyle.COST_COLOR.getBlue()) < 40) {
                    blue++;
                }
            }
        }
        assertTrue(blue > 100, "the cost curve is in the strip: " + blue + " pixels");
    }
}
