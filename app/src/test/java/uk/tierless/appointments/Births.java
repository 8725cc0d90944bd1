package uk.tierless.appointments;

import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Staffordshire's register-birth requests and slots as the tests make and find them, through the API. */
final class Births {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Births() {
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** POST /api/v1/requests for register-birth in Tamworth (B79 7AH), with the slot chosen, the baby born then. */
    static Response register(LocalDate born, String slot, String email) {
        return register(born, slot, email, "birth-" + UUID.randomUUID());
    }

    /** The same with the idempotency key given: sent again, it answers with the request first made. */
    static Response register(LocalDate born, String slot, String email, String idempotencyKey) {
        Map<String, Object> body = new HashMap<>(Map.of("service", "register-birth", "postcode", "B79 7AH",
                "address", Map.of("line1", "2 New Road", "town", "Tamworth"), "idempotencyKey", idempotencyKey,
                "answers", Map.of("baby-date-of-birth", born.toString(), "parents-married", "yes"),
                "contact", Map.of("email", email)));
        body.put("appointment", Map.of("slot", slot));
        return given().contentType("application/json").body(body).when().post("/api/v1/requests");
    }

    /** The office's slots over the next 30 days, soonest first. */
    static List<Map<String, Object>> slots(String office) {
        return given().queryParam("council", "staffordshire").queryParam("office", office)
                .queryParam("from", today().toString()).queryParam("to", today().plusDays(30).toString())
                .when().get("/api/v1/appointments/slots").then().statusCode(200).extract().path("");
    }

    /**
     * A slot of the office with every place free, soonest first: each test books the one it takes, so the next
     * test finds another (the slots are generated at start for 60 days).
     */
    static Map<String, Object> emptySlot(String office, int places) {
        return slots(office).stream().filter(slot -> ((Number) slot.get("free")).intValue() == places)
                .findFirst().orElseThrow();
    }
}
