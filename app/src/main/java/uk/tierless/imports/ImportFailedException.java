package uk.tierless.imports;

/** The file as a whole cannot be loaded (no usable header, not the right format): the job fails, nothing changes. */
public class ImportFailedException extends RuntimeException {

    public ImportFailedException(String message) {
        super(message);
    }
}
