package uk.tierless.open311client;

/**
 * The back office did not take a call: its HTTP {@code status} (0 when there was no answer: no connection, a
 * timeout) and a short text a person can act on, from the standard's {@code <errors>} where it sent them. Never
 * holds the api key, so a caller may store it as the last answer and show it to staff.
 */
public class Open311Failure extends RuntimeException {

    private static final int MAX_TEXT = 300;

    private final int status;

    Open311Failure(int status, String text) {
        super(status == 0 ? shorten(text) : status + ": " + shorten(text));
        this.status = status;
    }

    /** The HTTP status of the back office's answer; 0 when it gave none. */
    public int status() {
        return status;
    }

    /** Whether trying again later may work: no answer, a server error, or being told to slow down. */
    public boolean retryable() {
        return status == 0 || status >= 500 || status == 429 || status == 408;
    }

    private static String shorten(String text) {
        String oneLine = text == null || text.isBlank() ? "no description" : text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT - 1) + "…";
    }
}
