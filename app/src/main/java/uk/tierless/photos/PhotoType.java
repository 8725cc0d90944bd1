package uk.tierless.photos;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The photo formats a resident may send, recognised by their first bytes (never by the name or the browser's
 * Content-Type, which the sender controls).
 */
public enum PhotoType {
    JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), HEIC("image/heic", "heic");

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");

    private final String mediaType;
    private final String extension;

    PhotoType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<PhotoType> ofExtension(String extension) {
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
    }

    /** The type these bytes start with, if it is one we take. */
    public static Optional<PhotoType> sniff(byte[] start) {
        if (start.length >= 3 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xD8 && (start[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (start.length >= 8 && Arrays.equals(Arrays.copyOf(start, 8), png)) {
            return Optional.of(PNG);
        }
        if (start.length >= 12 && new String(start, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("ftyp")
                && HEIF_BRANDS.contains(new String(start, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1))) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }
}
