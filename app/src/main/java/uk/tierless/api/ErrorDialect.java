package uk.tierless.api;

/**
 * A part of the site whose clients expect refusals in a standard of their own rather than the API's shape or a page
 * (Open311's {@code <errors>} list under {@code /open311}). A feature declares one as a bean; every refusal on a path
 * it speaks for, whoever makes it (a resource, routing, a guard, an empty-bodied filter answer), is then written by
 * it. The api package knows only this contract, never the feature.
 */
public interface ErrorDialect {

    /** Whether refusals on this path (as the request gives it) are this dialect's to write. */
    boolean speaks(String path);

    /** The refusal for this path, status and message for a person, in the dialect. */
    Refusal write(String path, int status, String message);

    /** A written refusal: the exact Content-Type header and the body. */
    record Refusal(String contentType, byte[] body) {
    }
}
