package uk.tierless.photos;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationStripperTest {

    @Test
    void aJpegLosesItsLocationButKeepsItsPictureAndOrientation() throws IOException {
        byte[] photo = TestPhotos.jpegWithLocation();
        assertThat(TestPhotos.contains(photo, TestPhotos.WHERE_TAKEN)).isTrue();

        byte[] stripped = LocationStripper.strip(photo, PhotoType.JPEG);

        assertThat(TestPhotos.contains(stripped, TestPhotos.WHERE_TAKEN)).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(64);
        // The minimal Exif left behind: big-endian, one entry, tag 0x0112 (orientation) = 6.
        String kept = new String(stripped, StandardCharsets.ISO_8859_1);
        assertThat(kept).contains("Exif\0\0MM\0*\0\0\0\b\0\1\1\u0012\0\3\0\0\0\1\0\6");
    }

    @Test
    void aJpegWithoutMetadataComesOutAsItWent() {
        byte[] plain = TestPhotos.image("jpg");
        assertThat(LocationStripper.strip(plain, PhotoType.JPEG)).isEqualTo(plain);
    }

    @Test
    void aPngLosesItsExifAndTextChunks() throws IOException {
        byte[] photo = TestPhotos.pngWithLocation();
        assertThat(ImageIO.read(new ByteArrayInputStream(photo))).isNotNull();

        byte[] stripped = LocationStripper.strip(photo, PhotoType.PNG);

        assertThat(TestPhotos.contains(stripped, TestPhotos.WHERE_TAKEN)).isFalse();
        assertThat(stripped).isEqualTo(TestPhotos.image("png"));
    }

    @Test
    void aHeicLosesItsExifItemAndKeepsItsPicture() {
        byte[] photo = TestPhotos.heicWithLocation();
        assertThat(PhotoType.sniff(photo)).contains(PhotoType.HEIC);

        byte[] stripped = LocationStripper.strip(photo, PhotoType.HEIC);

        assertThat(TestPhotos.contains(stripped, TestPhotos.WHERE_TAKEN)).isFalse();
        assertThat(TestPhotos.contains(stripped, "HEVC-CODED-PICTURE")).isTrue();
        assertThat(stripped).hasSameSizeAs(photo);
    }

    @Test
    void aFileThatIsCutOffIsRefusedRatherThanStoredWithItsMetadata() {
        byte[] photo = TestPhotos.jpegWithLocation();
        byte[] cut = java.util.Arrays.copyOf(photo, 40);
        assertThatThrownBy(() -> LocationStripper.strip(cut, PhotoType.JPEG)).isInstanceOf(PhotoRefusedException.class)
                .hasMessageContaining("could not be read");
        byte[] heic = TestPhotos.heicWithLocation();
        assertThatThrownBy(() -> LocationStripper.strip(java.util.Arrays.copyOf(heic, 60), PhotoType.HEIC))
                .isInstanceOf(PhotoRefusedException.class);
    }

    @Test
    void typesAreKnownByContentNotByName() {
        assertThat(PhotoType.sniff(TestPhotos.image("jpg"))).contains(PhotoType.JPEG);
        assertThat(PhotoType.sniff(TestPhotos.image("png"))).contains(PhotoType.PNG);
        assertThat(PhotoType.sniff("GIF89a and the rest".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(PhotoType.sniff(TestPhotos.image("gif"))).isEmpty();
    }
}
