package uk.tierless.photos;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Photos as phones make them: real images carrying a location in their metadata, for the tests to strip. */
public final class TestPhotos {

    /** Text put in every test photo's metadata; it must never reach the store. */
    public static final String WHERE_TAKEN = "GPS 52.633900N 1.691800W";

    private TestPhotos() {
    }

    /** A real JPEG with an Exif block: orientation 6 (turned right) and a location. */
    public static byte[] jpegWithLocation() {
        byte[] plain = image("jpg");
        byte[] location = WHERE_TAKEN.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 * 2 + 4 + location.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(location.length).putInt(8 + 2 + 24 + 4);
        tiff.putInt(0);
        tiff.put(location);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
        ByteBuffer segment = ByteBuffer.allocate(4 + exif.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        return concat(new byte[]{(byte) 0xFF, (byte) 0xD8}, segment.array(), java.util.Arrays.copyOfRange(plain, 2, plain.length));
    }

    /** A real PNG with a location in an eXIf chunk and in a text chunk. */
    public static byte[] pngWithLocation() {
        byte[] plain = image("png");
        byte[] chunks = concat(chunk("eXIf", WHERE_TAKEN), chunk("tEXt", "Comment\0" + WHERE_TAKEN));
        int afterHeader = 8 + 25; // the signature, then the IHDR chunk, which must come first
        return concat(java.util.Arrays.copyOf(plain, afterHeader), chunks,
                java.util.Arrays.copyOfRange(plain, afterHeader, plain.length));
    }

    /**
     * A HEIF file in outline (no codec here makes real HEIC): the boxes a phone writes, with an image item and an
     * Exif item holding the location, both in 'mdat'.
     */
    public static byte[] heicWithLocation() {
        byte[] picture = "HEVC-CODED-PICTURE".getBytes(StandardCharsets.ISO_8859_1);
        byte[] exif = ("\0\0\0\0Exif\0\0" + WHERE_TAKEN).getBytes(StandardCharsets.ISO_8859_1);
        byte[] ftyp = box("ftyp", concat("heic".getBytes(StandardCharsets.ISO_8859_1), new byte[4],
                "mif1heic".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] hdlr = fullBox("hdlr", concat(new byte[4], "pict".getBytes(StandardCharsets.ISO_8859_1), new byte[13]));
        byte[] iinf = fullBox("iinf", concat(new byte[]{0, 2}, infe(1, "hvc1"), infe(2, "Exif")));
        // Offsets are filled in once the size of everything before 'mdat' is known.
        int metaSize = 12 + hdlr.length + iinf.length + (12 + 2 + 2 + 2 * (2 + 2 + 2 + 4 + 4));
        int mdatStart = ftyp.length + metaSize + 8;
        ByteBuffer locations = ByteBuffer.allocate(2 + 2 + 2 * (2 + 2 + 2 + 4 + 4));
        locations.putShort((short) 0x4400).putShort((short) 2);
        locations.putShort((short) 1).putShort((short) 0).putShort((short) 1).putInt(mdatStart).putInt(picture.length);
        locations.putShort((short) 2).putShort((short) 0).putShort((short) 1).putInt(mdatStart + picture.length).putInt(exif.length);
        byte[] iloc = fullBox("iloc", locations.array());
        byte[] meta = fullBox("meta", concat(hdlr, iinf, iloc));
        return concat(ftyp, meta, box("mdat", concat(picture, exif)));
    }

    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, new Color(x * 4, y * 5, 120).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] infe(int id, String type) {
        return fullBox("infe", 2, concat(new byte[]{0, (byte) id, 0, 0}, type.getBytes(StandardCharsets.ISO_8859_1), new byte[1]));
    }

    private static byte[] chunk(String type, String data) {
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.ISO_8859_1), data.getBytes(StandardCharsets.ISO_8859_1));
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(8 + data.length() + 4).putInt(data.length()).put(typeAndData).putInt((int) crc.getValue()).array();
    }

    private static byte[] box(String type, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length).putInt(8 + payload.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(payload).array();
    }

    private static byte[] fullBox(String type, byte[] payload) {
        return fullBox(type, 0, payload);
    }

    private static byte[] fullBox(String type, int version, byte[] payload) {
        return box(type, concat(new byte[]{(byte) version, 0, 0, 0}, payload));
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
