package uk.tierless.learning;

import io.restassured.response.ValidatableResponse;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The tests' Worcestershire classes (each test its own, by a fresh code) and registrations for them through the API. */
final class Learning {

    static final String COUNCIL = "worcestershire";
    static final String HEADER = String.join(",", ProgrammeFile.COLUMNS) + "\n";

    private Learning() {
    }

    /** A fresh class code: tests share one database. */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A CSV row of a free class of course TEST-FREE with this capacity, registration open until {@code closes}. */
    static String row(String classCode, int capacity, LocalDate start, LocalDate closes) {
        return "TEST-FREE,Test course,Testing,A class the tests fill,,,," + classCode + ",The Hive Worcester,WR1 3PD,"
                + start + ",6," + ProgrammeFile.label(start.getDayOfWeek()) + ",10:00,12:00," + capacity + "," + closes + "\n";
    }

    static String openClass(Programme programme, int capacity) {
        String code = code("T");
        LocalDate start = LocalDate.now().plusDays(30);
        programme.load(COUNCIL, new StringReader(HEADER + row(code, capacity, start, start.minusDays(3))));
        return code;
    }

    /** Registers for the class through POST /api/v1/requests, as the form journey does. */
    static ValidatableResponse register(String classId, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("service", Classes.SERVICE, "postcode", "WR1 1RJ",
                "address", Map.of("line1", "1 High Street", "town", "Worcester"),
                "idempotencyKey", "learn-" + UUID.randomUUID(),
                "answers", Map.of("concession", "no", "studied-before", "no"),
                "contact", Map.of("email", email)));
        body.put("class", Map.of("id", classId));
        return given().contentType("application/json").body(body).when().post("/api/v1/requests").then();
    }

    /** The tracking token of a 201's trackUrl. */
    static String token(ValidatableResponse created) {
        String trackUrl = created.statusCode(201).extract().path("trackUrl");
        return trackUrl.substring(trackUrl.lastIndexOf('/') + 1);
    }
}
