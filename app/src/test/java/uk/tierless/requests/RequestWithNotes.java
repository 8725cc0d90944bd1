package uk.tierless.requests;

import io.restassured.response.Response;
import uk.tierless.identity.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A Tamworth missed bin with contact details, a public note and a private one, for the tests of what is public. */
public record RequestWithNotes(String reference, String trackUrl) {

    public static final String PUBLIC_NOTE = "The crew will come back on Friday.";
    public static final String PRIVATE_NOTE = "Resident is hard of hearing: knock loudly.";

    public static RequestWithNotes make() {
        Response created = given().contentType("application/json").body(Map.of("service", "missed-bin", "postcode", "B79 7AH",
                        "address", Map.of("line1", "2 New Road", "town", "Tamworth"),
                        "idempotencyKey", "public-" + UUID.randomUUID(),
                        "answers", Map.of("bin-type", "general", "collection-date", "2026-11-20", "bin-out", "yes"),
                        "contact", Map.of("email", "caller@example.com", "phone", "01827 709709")))
                .when().post("/api/v1/requests");
        created.then().statusCode(201);
        String reference = created.path("reference");
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("status", "in_progress", "publicNote", PUBLIC_NOTE))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201);
        given().auth().oauth2(TestTokens.caseworker("tamworth")).contentType("application/json")
                .body(Map.of("privateNote", PRIVATE_NOTE))
                .when().post("/api/v1/requests/" + reference + "/events").then().statusCode(201);
        return new RequestWithNotes(reference, created.path("trackUrl"));
    }
}
