package uk.tierless.open311;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A document as the answer, in the format the suffix named, with the exact content type (no charset). */
public final class Open311Answers {

    private Open311Answers() {
    }

    public static Response answer(Open311Document document, String suffix) {
        return answer(200, document, Open311Format.of(suffix));
    }

    public static Response answer(int status, Open311Document document, Open311Format format) {
        // Bytes, not a String: RESTEasy would add "; charset=UTF-8" to a text type, which validators refuse.
        return Response.status(status).header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .entity(document.write(format)).build();
    }
}
