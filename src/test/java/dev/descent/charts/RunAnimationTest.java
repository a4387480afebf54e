package dev.descent.charts;

import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.EpochSnapshot;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.Trainer;
import dev.descent.core.train.TrainingListener;
import dev.descent.lecture.Preset;
import dev.descent.lecture.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunAnimationTest {
    /** "Under a few MB" for a slide: every preset at 800x500 must stay below this. */
    static final long MAX_BYTES = 4_000_000;

    @TempDir
    Path dir;

    static RunTrace trace(String label, RunConfig c) {
        List<EpochSnapshot> h = new ArrayList<>();
        RunResult r = Trainer.run(c, new TrainingListener() {
            @Override
            public void onEpoch(EpochSnapshot e) {
                h.add(e);
            }
        });
        return new RunTrace(label, c, h, r);
    }

    /** What a reader of the file sees: frame count, size, each frame's delay, and the loop count (or -1). */
    record Gif(int frames, int width, int height, int[] delays, int loops, ImageReader reader) {
        static Gif read(Path file) throws Exception {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
            reader.setInput(in);
            int n = reader.getNumImages(true);
            int[] delays = new int[n];
            int loops = -1;
            for (int i = 0; i < n; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(AnimatedGif.METADATA_FORMAT);
                for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c.getNodeName().equals("GraphicControlExtension")) {
                        delays[i] = Integer.parseInt(((IIOMetadataNode) c).getAttribute("delayTime"));
                    }
                    if (c.getNodeName().equals("ApplicationExtensions")) {
                        for (Node e = c.getFirstChild(); e != null; e = e.getNextSibling()) {
                            IIOMetadataNode ext = (IIOMetadataNode) e;
                            byte[] data = (byte[]) ext.getUserObject();
                            if ("NETSCAPE".equals(ext.getAttribute("applicationID"))
                                    && "2.0".equals(ext.getAttribute("authenticationCode")) && data[0] == 1) {
                                loops = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
                            }
                        }
                    }
                }
            }
            return new Gif(n, reader.getWidth(0), reader.getHeight(0), delays, loops, reader);
        }
    }

    @Test
    void framesAreEveryEpochOrEvenlyThinnedKeepingStartAndEnd() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, RunAnimation.frameEpochs(3));
        assertEquals(101, RunAnimation.frameEpochs(100).length);
        int[] thinned = RunAnimation.frameEpochs(10_000);
        assertEquals(RunAnimation.MAX_FRAMES, thinned.length);
        assertEquals(0, thinned[0]);
        assertEquals(10_000, thinned[thinned.length - 1]);
        for (int i = 1; i < thinned.length; i++) {
            assertTrue(thinned[i] > thinned[i - 1]);
            // Even: 10000 / 149 ≈ 67.1 epochs apart, give or take rounding.
            assertTrue(Math.abs(thinned[i] - thinned[i - 1] - 10_000.0 / 149) <= 1, "gap at " + i);
        }
    }

    @Test
    void delaysMakeAboutEightSecondsWithinBounds() {
        assertEquals(8, RunAnimation.delay(100));
        assertEquals(50, RunAnimation.delay(11), "a short run is slowed to half a second a frame");
        assertEquals(5, RunAnimation.delay(150));
        assertEquals(4, RunAnimation.delay(1000));
    }

    static Stream<Preset> presets() {
        return Presets.all().stream();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetAnimatesOneFramePerEpochLoopingAndSmall(Preset preset) throws Exception {
        Path f = dir.resolve(preset.id() + ".gif");
        writeGif(f, List.of(trace(preset.id(), preset.config())), 800, 500);
        long bytes = Files.size(f);
        assertTrue(bytes < MAX_BYTES, preset.id() + ": " + bytes + " bytes");
        Gif gif = Gif.read(f);
        assertEquals(preset.config().epochs() + 1, gif.frames(), "the start and one frame per epoch");
        assertEquals(800, gif.width());
        assertEquals(500, gif.height());
        assertEquals(0, gif.loops(), "NETSCAPE2.0 loop count 0: forever");
        assertEquals(RunAnimation.FINAL_HOLD, gif.delays()[gif.frames() - 1]);
        assertEquals(RunAnimation.delay(gif.frames()), gif.delays()[0]);
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }

    @Test
    void theFramesMoveAndTheFirstShowsTheStart() throws Exception {
        Preset gd = Presets.byId("gd");
        Path f = dir.resolve("gd.gif");
        writeGif(f, List.of(trace("gd", gd.config())), 400, 250);
        Gif gif = Gif.read(f);
        BufferedImage first = gif.reader().read(0);
        BufferedImage last = gif.reader().read(gif.frames() - 1);
        assertNotEquals(pixelSum(first), pixelSum(last));
        // The left half (the fit) changes as the line turns; so does the right (the point moves).
        assertNotEquals(pixelSum(first.getSubimage(0, 0, 200, 250)), pixelSum(last.getSubimage(0, 0, 200, 250)));
        assertNotEquals(pixelSum(first.getSubimage(200, 0, 200, 250)), pixelSum(last.getSubimage(200, 0, 200, 250)));
    }

    private static long pixelSum(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum = sum * 31 + image.getRGB(x, y);
            }
        }
        return sum;
    }

    @Test
    void aLongRunIsThinnedTo150Frames() throws Exception {
        RunConfig c = Presets.byId("gd").config().withEpochs(1000);
        Path f = dir.resolve("long.gif");
        writeGif(f, List.of(trace("long", c)), 300, 200);
        Gif gif = Gif.read(f);
        assertEquals(RunAnimation.MAX_FRAMES, gif.frames());
        assertEquals(0, gif.loops());
    }

    @Test
    void fourComparedRunsAnimateTogether() throws Exception {
        RunConfig m = Presets.byId("momentum").config();
        List<RunTrace> runs = List.of(trace("lesson", m), trace("plain", m.withOptimizer(SgdConfig.plain(0.1))),
                trace("heavy ball", m.withOptimizer(SgdConfig.heavyBall(0.1, 0.9))),
                trace("nesterov", m.withOptimizer(new SgdConfig(0.1, 0.9, 0, true, 0))));
        Path f = dir.resolve("compare.gif");
        writeGif(f, runs, 800, 500);
        assertTrue(Files.size(f) < MAX_BYTES);
        Gif gif = Gif.read(f);
        assertEquals(m.epochs() + 1, gif.frames());
        assertEquals(0, gif.loops());
    }

    @Test
    void aSizeOutOfRangeIsRefused() {
        RunTrace t = trace("gd", Presets.byId("gd").config());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writeGif(dir.resolve("x.gif"), List.of(t), 5000, 500));
        assertTrue(e.getMessage().contains("got 5000x500"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.gif")));
    }

    /** Encodes the animation into a file (the app and train write it through io, as one set). */
    private static void writeGif(Path file, List<RunTrace> runs, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunAnimation.writeGif(out, runs, width, height);
        Files.write(file, out.toByteArray());
    }
}
