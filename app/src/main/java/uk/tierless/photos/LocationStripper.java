package uk.tierless.photos;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Removes what a photo says about where it was taken (and who took it with what) before it is stored: the GPS
 * position lives in Exif and XMP metadata, which phones add to every picture. Each format is rewritten from its own
 * structure; a file whose structure cannot be followed is refused rather than stored with its metadata.
 */
final class LocationStripper {

    private LocationStripper() {
    }

    static byte[] strip(byte[] photo, PhotoType type) {
        try {
            return switch (type) {
                case JPEG -> jpeg(photo);
                case PNG -> png(photo);
                case HEIC -> heic(photo);
            };
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new PhotoRefusedException();
        }
    }

    /**
     * JPEG: keeps only the segments a picture needs (JFIF, the colour profile, Adobe's colour transform and the image
     * itself); Exif is replaced by a minimal one holding just the orientation, so a phone photo stays upright.
     */
    private static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int at = 2;
        while (true) {
            if ((in[at] & 0xFF) != 0xFF) {
                throw new PhotoRefusedException();
            }
            while ((in[at] & 0xFF) == 0xFF) {
                at++;
            }
            int marker = in[at++] & 0xFF;
            if (marker == 0xD9) {
                out.write(0xFF);
                out.write(marker);
                return out.toByteArray();
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            int length = ((in[at] & 0xFF) << 8) | (in[at + 1] & 0xFF);
            if (length < 2 || at + length > in.length) {
                throw new PhotoRefusedException();
            }
            if (marker == 0xDA) {
                // Start of scan: the compressed image follows to the end of the file, untouched.
                out.write(0xFF);
                out.write(marker);
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            boolean appOrComment = marker >= 0xE0 && marker <= 0xEF || marker == 0xFE;
            boolean kept = !appOrComment || marker == 0xE0 || marker == 0xE2 || marker == 0xEE;
            if (kept) {
                out.write(0xFF);
                out.write(marker);
                out.write(in, at, length);
            } else if (marker == 0xE1) {
                int orientation = exifOrientation(in, at + 2, length - 2);
                if (orientation > 1) {
                    out.writeBytes(minimalExif(orientation));
                }
            }
            at += length;
        }
    }

    /** The Orientation tag (0x0112) of an Exif block's first image directory, or 0 when there is none. */
    private static int exifOrientation(byte[] in, int start, int length) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        if (length < 14 || !java.util.Arrays.equals(in, start, start + 6, header, 0, 6)) {
            return 0;
        }
        ByteBuffer tiff = ByteBuffer.wrap(in, start + 6, length - 6).slice();
        tiff.order(tiff.get(0) == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int directory = tiff.getInt(4);
        if (directory < 8 || directory + 2 > tiff.limit()) {
            return 0;
        }
        int entries = tiff.getShort(directory) & 0xFFFF;
        for (int i = 0; i < entries && directory + 2 + 12 * (i + 1) <= tiff.limit(); i++) {
            int entry = directory + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xFFFF) == 0x0112) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static byte[] minimalExif(int orientation) {
        ByteBuffer segment = ByteBuffer.allocate(36);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) 34);
        segment.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        segment.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        segment.putShort((short) 1);
        segment.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        segment.putInt(0);
        return segment.array();
    }

    /** PNG: drops the Exif chunk and the text chunks (XMP travels in iTXt). */
    private static byte[] png(byte[] in) {
        Set<String> dropped = Set.of("eXIf", "tEXt", "zTXt", "iTXt");
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int at = 8;
        while (at < in.length) {
            int length = ByteBuffer.wrap(in, at, 4).getInt();
            String type = new String(in, at + 4, 4, StandardCharsets.ISO_8859_1);
            int chunk = 12 + length;
            if (length < 0 || at + chunk > in.length) {
                throw new PhotoRefusedException();
            }
            if (!dropped.contains(type)) {
                out.write(in, at, chunk);
            }
            at += chunk;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new PhotoRefusedException();
    }

    /**
     * HEIC (HEIF): metadata are items of the 'meta' box: an 'Exif' item, and XMP as a 'mime' item. Their bytes are
     * overwritten with zeros where they lie, which keeps every offset in the file valid.
     */
    private static byte[] heic(byte[] in) {
        byte[] out = in.clone();
        ByteBuffer file = ByteBuffer.wrap(out);
        Box meta = Box.find(file, 0, out.length, "meta");
        if (meta == null) {
            throw new PhotoRefusedException();
        }
        int children = meta.payload + 4; // a full box: version and flags first
        Box iinf = Box.find(file, children, meta.end, "iinf");
        Box iloc = Box.find(file, children, meta.end, "iloc");
        Box idat = Box.find(file, children, meta.end, "idat");
        if (iinf == null) {
            return out;
        }
        Set<Long> metadataItems = metadataItems(file, iinf);
        if (metadataItems.isEmpty()) {
            return out;
        }
        if (iloc == null) {
            throw new PhotoRefusedException();
        }
        int at = iloc.payload;
        int version = file.get(at) & 0xFF;
        at += 4;
        int sizes = file.getShort(at) & 0xFFFF;
        at += 2;
        int offsetSize = sizes >> 12;
        int lengthSize = (sizes >> 8) & 0xF;
        int baseOffsetSize = (sizes >> 4) & 0xF;
        int indexSize = version == 1 || version == 2 ? sizes & 0xF : 0;
        long items = version < 2 ? file.getShort(at) & 0xFFFF : file.getInt(at) & 0xFFFFFFFFL;
        at += version < 2 ? 2 : 4;
        for (long i = 0; i < items; i++) {
            long id = version < 2 ? file.getShort(at) & 0xFFFF : file.getInt(at) & 0xFFFFFFFFL;
            at += version < 2 ? 2 : 4;
            int construction = 0;
            if (version == 1 || version == 2) {
                construction = file.getShort(at) & 0xF;
                at += 2;
            }
            at += 2; // data reference index
            long base = read(file, at, baseOffsetSize);
            at += baseOffsetSize;
            int extents = file.getShort(at) & 0xFFFF;
            at += 2;
            for (int e = 0; e < extents; e++) {
                at += indexSize;
                long offset = read(file, at, offsetSize);
                at += offsetSize;
                long length = read(file, at, lengthSize);
                at += lengthSize;
                if (!metadataItems.contains(id)) {
                    continue;
                }
                if (construction > 1 || construction == 1 && idat == null) {
                    throw new PhotoRefusedException();
                }
                long start = (construction == 1 ? idat.payload : 0) + base + offset;
                long end = length == 0 ? (construction == 1 ? idat.end : out.length) : start + length;
                if (start < 0 || end > out.length || start > end) {
                    throw new PhotoRefusedException();
                }
                java.util.Arrays.fill(out, (int) start, (int) end, (byte) 0);
            }
        }
        return out;
    }

    /** The ids of the Exif and XMP items listed in an 'iinf' box. */
    private static Set<Long> metadataItems(ByteBuffer file, Box iinf) {
        Set<Long> ids = new HashSet<>();
        int version = file.get(iinf.payload) & 0xFF;
        int at = iinf.payload + 4 + (version == 0 ? 2 : 4);
        while (at < iinf.end) {
            Box infe = Box.at(file, at, iinf.end);
            if (infe.type.equals("infe")) {
                int entryVersion = file.get(infe.payload) & 0xFF;
                if (entryVersion >= 2) {
                    int p = infe.payload + 4;
                    long id = entryVersion == 2 ? file.getShort(p) & 0xFFFF : file.getInt(p) & 0xFFFFFFFFL;
                    p += (entryVersion == 2 ? 2 : 4) + 2;
                    String itemType = new String(file.array(), p, 4, StandardCharsets.ISO_8859_1);
                    String rest = new String(file.array(), p + 4, infe.end - p - 4, StandardCharsets.ISO_8859_1);
                    if (itemType.equals("Exif") || itemType.equals("mime") && rest.contains("xml")) {
                        ids.add(id);
                    }
                }
            }
            at = infe.end;
        }
        return ids;
    }

    private static long read(ByteBuffer file, int at, int size) {
        return switch (size) {
            case 0 -> 0;
            case 4 -> file.getInt(at) & 0xFFFFFFFFL;
            case 8 -> file.getLong(at);
            default -> throw new PhotoRefusedException();
        };
    }

    /** An ISO base media file box: its type, where its payload starts and where it ends. */
    record Box(String type, int payload, int end) {

        /** The boxes from {@code from}, end to end, the last one ending exactly at {@code limit}. */
        static java.util.List<Box> all(ByteBuffer file, int from, int limit) {
            java.util.List<Box> boxes = new java.util.ArrayList<>();
            int at = from;
            while (at < limit) {
                if (limit - at < 8) {
                    throw new PhotoRefusedException();
                }
                Box box = at(file, at, limit);
                boxes.add(box);
                at = box.end;
            }
            if (boxes.isEmpty()) {
                throw new PhotoRefusedException();
            }
            return boxes;
        }

        static Box at(ByteBuffer file, int at, int limit) {
            long size = file.getInt(at) & 0xFFFFFFFFL;
            String type = new String(file.array(), at + 4, 4, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1) {
                size = file.getLong(at + 8);
                header = 16;
            } else if (size == 0) {
                size = limit - at;
            }
            if (size < header || at + size > limit) {
                throw new PhotoRefusedException();
            }
            return new Box(type, at + header, (int) (at + size));
        }

        static Box find(ByteBuffer file, int from, int limit, String type) {
            int at = from;
            while (at + 8 <= limit) {
                Box box = at(file, at, limit);
                if (box.type.equals(type)) {
                    return box;
                }
                at = box.end;
            }
            return null;
        }
    }
}
