package uk.tierless.photos;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoCheckTest {

    @Test
    void wholePhotosAreTaken() {
        assertThatCode(() -> PhotoCheck.verify(TestPhotos.jpegWithLocation(), PhotoType.JPEG)).doesNotThrowAnyException();
        assertThatCode(() -> PhotoCheck.verify(TestPhotos.pngWithLocation(), PhotoType.PNG)).doesNotThrowAnyException();
        assertThatCode(() -> PhotoCheck.verify(TestPhotos.heicWithLocation(), PhotoType.HEIC)).doesNotThrowAnyException();
    }

    @Test
    void aJpegOfOnlyItsStartAndEndMarkersIsRefused() {
        refused(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, PhotoType.JPEG);
    }

    @Test
    void aTruncatedJpegIsRefused() {
        byte[] jpeg = TestPhotos.image("jpg");
        refused(Arrays.copyOf(jpeg, jpeg.length / 2), PhotoType.JPEG);
    }

    @Test
    void aPngWithABadCrcOrCutShortIsRefused() {
        byte[] png = TestPhotos.image("png");
        byte[] badCrc = png.clone();
        int idatCrc = idatEnd(png) - 1;
        badCrc[idatCrc] ^= 0x01;
        refused(badCrc, PhotoType.PNG);
        refused(Arrays.copyOf(png, png.length - 20), PhotoType.PNG);
    }

    @Test
    void aHeicWhoseBoxesDoNotAddUpIsRefused() {
        byte[] heic = TestPhotos.heicWithLocation();
        refused(Arrays.copyOf(heic, heic.length - 3), PhotoType.HEIC);
        refused(TestPhotos.concat(heic, new byte[5]), PhotoType.HEIC);
        byte[] noBrand = heic.clone();
        System.arraycopy("avif".getBytes(), 0, noBrand, 8, 4);
        System.arraycopy("avif".getBytes(), 0, noBrand, 16, 4);
        System.arraycopy("avif".getBytes(), 0, noBrand, 20, 4);
        refused(noBrand, PhotoType.HEIC);
    }

    private static int idatEnd(byte[] png) {
        ByteBuffer file = ByteBuffer.wrap(png);
        int at = 8;
        while (true) {
            int length = file.getInt(at);
            String type = new String(png, at + 4, 4);
            if (type.equals("IDAT")) {
                return at + 12 + length;
            }
            at += 12 + length;
        }
    }

    private static void refused(byte[] photo, PhotoType type) {
        assertThatThrownBy(() -> PhotoCheck.verify(photo, type)).isInstanceOf(PhotoRefusedException.class)
                .hasMessageContaining("could not be read");
    }
}
