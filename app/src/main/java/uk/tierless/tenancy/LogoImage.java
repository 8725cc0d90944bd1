package uk.tierless.tenancy;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A logo as uploaded becomes its pixels written afresh: PNG stays PNG and JPEG stays JPEG, judged by the content
 * (never the name or the declared type), and whatever else the file carried (comments, EXIF, colour profiles,
 * extra chunks, anything after the image) is gone.
 */
public final class LogoImage {

    public static final int MAX_BYTES = 200 * 1024;
    /** Far larger than any header needs, and small enough that decoding it costs little. */
    static final int MAX_SIDE = 2000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    public record Encoded(String mediaType, byte[] image) {
    }

    /** Thrown with a message for a person when the upload is not a logo Tierless takes. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private LogoImage() {
    }

    public static Encoded reencode(byte[] upload) {
        if (upload.length == 0) {
            throw new Refused("Choose a logo to upload: the file sent was empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new Refused("The logo must be 200 KB or smaller");
        }
        String format = format(upload).orElseThrow(() -> new Refused("The logo must be a PNG or JPEG image"));
        BufferedImage pixels = decode(upload, format);
        if ("jpeg".equals(format) && pixels.getColorModel().hasAlpha()) {
            pixels = opaque(pixels);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(pixels, format, out)) {
                out.reset();
                ImageIO.write(opaque(pixels), format, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded("png".equals(format) ? "image/png" : "image/jpeg", out.toByteArray());
    }

    private static Optional<String> format(byte[] upload) {
        if (startsWith(upload, PNG)) {
            return Optional.of("png");
        }
        return startsWith(upload, JPEG) ? Optional.of("jpeg") : Optional.empty();
    }

    private static boolean startsWith(byte[] upload, byte[] magic) {
        return upload.length >= magic.length && Arrays.equals(upload, 0, magic.length, magic, 0, magic.length);
    }

    private static BufferedImage decode(byte[] upload, String format) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            java.util.List<String> warnings = new java.util.ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw new Refused("The logo must be at most " + MAX_SIDE + " pixels wide and high; this one is "
                        + width + " by " + height);
            }
            BufferedImage pixels = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new IOException("damaged: " + warnings.get(0));
            }
            return pixels;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("The logo could not be read as a " + format.toUpperCase(java.util.Locale.ROOT)
                    + " image: it may be damaged");
        } finally {
            reader.dispose();
        }
    }

    /** JPEG has no transparency: what was transparent becomes white. */
    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rgb;
    }
}
