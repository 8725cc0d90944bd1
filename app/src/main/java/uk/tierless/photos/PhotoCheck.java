package uk.tierless.photos;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A photo is taken only when all of it can be read, not just its first bytes. JPEG and PNG are decoded in full with
 * the JDK's readers (every scanline; a warning such as a premature end of data counts as a failure), and every PNG
 * chunk's CRC is checked, which those readers skip. The JDK cannot decode HEIC: its ISO base media box structure is
 * walked instead (box sizes that add up to the file, an ftyp of a HEIF brand, and the meta boxes the location
 * stripper works on), which refuses truncated and made-up files but not damaged picture data inside a sound file.
 */
final class PhotoCheck {

    /** Larger than any phone camera: beyond this decoding would cost more than any photo is worth. */
    static final long MAX_PIXELS = 120_000_000L;
    /** Decoded at most this size in memory: every scanline is still read, every n-th pixel kept. */
    private static final long KEPT_PIXELS = 4_000_000L;
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "mif1");

    private PhotoCheck() {
    }

    static void verify(byte[] photo, PhotoType type) {
        try {
            switch (type) {
                case JPEG -> decode(photo, "jpeg");
                case PNG -> {
                    pngChunks(photo);
                    decode(photo, "png");
                }
                case HEIC -> heifBoxes(photo);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRefusedException refused) {
                throw refused;
            }
            throw new PhotoRefusedException();
        }
    }

    private static void decode(byte[] photo, String format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        ImageReader reader = readers.next();
        // In memory: ImageIO's default stream would copy the photo, location and all, to a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(photo))) {
            reader.setInput(in, true, true);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels <= 0 || pixels > MAX_PIXELS) {
                throw new PhotoRefusedException();
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / KEPT_PIXELS)));
            param.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new IIOException("unreadable: " + warnings.get(0));
            }
        } finally {
            reader.dispose();
        }
    }

    /** Every chunk whole and its CRC right, up to IEND, and nothing after it. */
    private static void pngChunks(byte[] photo) {
        ByteBuffer file = ByteBuffer.wrap(photo);
        int at = 8;
        while (true) {
            int length = file.getInt(at);
            if (length < 0 || at + 12L + length > photo.length) {
                throw new PhotoRefusedException();
            }
            CRC32 crc = new CRC32();
            crc.update(photo, at + 4, 4 + length);
            if ((int) crc.getValue() != file.getInt(at + 8 + length)) {
                throw new PhotoRefusedException();
            }
            boolean end = new String(photo, at + 4, 4, StandardCharsets.ISO_8859_1).equals("IEND");
            at += 12 + length;
            if (end) {
                if (at != photo.length) {
                    throw new PhotoRefusedException();
                }
                return;
            }
        }
    }

    /** Boxes end to end to the last byte; ftyp first, of a HEIF brand; a meta box with hdlr, iinf and iloc; mdat. */
    private static void heifBoxes(byte[] photo) {
        ByteBuffer file = ByteBuffer.wrap(photo);
        List<LocationStripper.Box> boxes = LocationStripper.Box.all(file, 0, photo.length);
        LocationStripper.Box ftyp = boxes.get(0);
        if (!ftyp.type().equals("ftyp") || !heifBrand(photo, ftyp)) {
            throw new PhotoRefusedException();
        }
        LocationStripper.Box meta = boxes.stream().filter(box -> box.type().equals("meta")).findFirst()
                .orElseThrow(PhotoRefusedException::new);
        if (boxes.stream().noneMatch(box -> box.type().equals("mdat"))) {
            throw new PhotoRefusedException();
        }
        Set<String> inMeta = Set.copyOf(LocationStripper.Box.all(file, meta.payload() + 4, meta.end()).stream()
                .map(LocationStripper.Box::type).toList());
        if (!inMeta.containsAll(Set.of("hdlr", "iinf", "iloc"))) {
            throw new PhotoRefusedException();
        }
    }

    /** The major brand, or one of the compatible brands after the minor version. */
    private static boolean heifBrand(byte[] photo, LocationStripper.Box ftyp) {
        for (int at = ftyp.payload(); at + 4 <= ftyp.end(); at += at == ftyp.payload() ? 8 : 4) {
            if (HEIF_BRANDS.contains(new String(photo, at, 4, StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }
}
