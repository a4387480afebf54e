package dev.descent.charts;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Encodes an animated GIF into a stream with the JDK's own GIF writer ({@code javax.imageio}), one frame at a time, so
 * that a long animation never holds more than one frame in memory. Every frame is a full picture (no
 * transparency, disposal "none"), each with its own delay, and the file loops forever: the first frame
 * carries the {@code NETSCAPE2.0} application extension with a loop count of 0, which is what browsers,
 * slide programs and image viewers read as "repeat". Where the bytes go (a file, written all or nothing)
 * is the caller's business.
 */
public final class AnimatedGif {
    /** The GIF metadata format of {@code javax.imageio}. */
    public static final String METADATA_FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {
    }

    /** The frames of an animation, drawn when they are written. */
    public interface Frames {
        int count();

        /** Frame {@code i}, 0-based; every frame must have the same size. */
        BufferedImage frame(int i);

        /** How long frame {@code i} shows, in hundredths of a second (GIF's unit). */
        int delayCentiseconds(int i);
    }

    /** Writes the animation to a stream, which is flushed but left open. */
    public static void write(OutputStream out, Frames frames) throws IOException {
        if (frames.count() < 1) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.count(); i++) {
                BufferedImage image = frames.frame(i);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
                configure(meta, frames.delayCentiseconds(i), i == 0);
                writer.writeToSequence(new IIOImage(image, null, meta), param);
            }
            writer.endWriteSequence();
            ios.flush();
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    private static void configure(IIOMetadata meta, int delay, boolean first) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(METADATA_FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(0, Math.min(delay, 65_535))));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // Sub-block 1: loop count, little-endian; 0 means forever.
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        meta.setFromTree(METADATA_FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
