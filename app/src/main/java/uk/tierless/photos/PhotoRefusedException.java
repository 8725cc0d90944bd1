package uk.tierless.photos;

/** A photo Tierless will not keep, with a message for the resident. */
public class PhotoRefusedException extends RuntimeException {

    PhotoRefusedException() {
        this("The selected file could not be read: try saving it again as a JPEG or PNG");
    }

    PhotoRefusedException(String message) {
        super(message);
    }
}
