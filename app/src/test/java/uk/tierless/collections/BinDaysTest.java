package uk.tierless.collections;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Bin days end to end on Stafford's demo addresses (ST16 1RG): the imports' rejected rows and all-or-nothing, the
 * API (its route beside gazetteer's places), the calendar feed read back by biweekly, the page and the portal's tile.
 * Dates are relative to the application's clock, so the test holds on any day.
 */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BinDaysTest {

    private static final String COUNCIL = "stafford";
    private static final String HOME = "990000000073";
    private static final String LICHFIELD_HOME = "990000000018";

    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(uk.tierless.platform.DatesInWords.LONDON));
    }

    /** Weekly general waste that came two weeks ago, fortnightly recycling from tomorrow, and a neighbour's rounds. */
    private String rounds() {
        return "uprn,bin,pattern,first_date\n"
                + HOME + ",general,weekly," + today().minusWeeks(2) + "\n"
                + HOME + ",recycling,fortnightly," + today().plusDays(1) + "\n"
                + "990000000074,general,fortnightly,07/12/2026\n"
                + "990000000074,paper,weekly,2026-12-07\n"                  // line 5: no such bin
                + "990000000075,food,monthly,2026-12-07\n"                  // line 6: no such pattern
                + LICHFIELD_HOME + ",general,weekly,2026-12-07\n"           // line 7: Lichfield's
                + "990000099999,general,weekly,2026-12-07\n"                // line 8: no such address
                + HOME + ",general,fortnightly,2026-12-08\n"                // line 9: twice
                + "990000000075,food,weekly,2026-12-31\n"
                + "990000000076,food,weekly,2026-13-01\n"                   // line 11: no such day
                + "990000000076,garden,fortnightly," + today().plusDays(2) + "\n"
                + "990000000077,general,fortnightly,2026-12-08\n";
    }

    @Test
    @Order(1)
    void theRoundsImportRejectsBadRowsByLineAndAMostlyBadFileChangesNothing() {
        importAndWait(RoundsImporter.KIND, COUNCIL, rounds())
                .body("state", equalTo("succeeded"))
                .body("rowsRead", equalTo(12))
                .body("imported", equalTo(6))
                .body("rejections.line", contains(5, 6, 7, 8, 9, 11))
                .body("rejections[0].reason", equalTo("UPRN 990000000074: the bin 'paper' is not one of general, recycling, garden or food"))
                .body("rejections[2].reason", equalTo("UPRN 990000000018 is in Lichfield District Council's area, not Stafford Borough Council's"))
                .body("rejections[3].reason", equalTo("UPRN 990000099999 is not an address in the gazetteer"))
                .body("rejections[4].reason", containsString("again (first on line 2)"));

        importAndWait(RoundsImporter.KIND, COUNCIL, "uprn,bin,pattern,first_date\n"
                + HOME + ",garden,weekly,2026-12-07\n" + HOME + ",tin,weekly,2026-12-07\n" + "abc,food,weekly,2026-12-07\n")
                .body("state", equalTo("failed"))
                .body("message", startsWith("The rounds file looks wrong: 2 of its 3 rows are rejected, so nothing was imported."))
                .body("rejections.line", contains(3, 4));
        importAndWait(RoundsImporter.KIND, "staffordshire", rounds())
                .body("state", equalTo("failed")).body("message", containsString("is a county council"));
        importAndWait(RoundsImporter.KIND, COUNCIL, "uprn,bin,first_date\n" + HOME + ",general,2026-12-07\n")
                .body("state", equalTo("failed")).body("message", containsString("no pattern column"));
        // The first import still serves, whole.
        given().when().get("/api/v1/places/{uprn}/collections", "990000000076").then().statusCode(200)
                .body("bin", hasSize(4)).body("bin[0]", equalTo("garden"));
    }

    @Test
    @Order(2)
    void changedDaysApplyFlaggedAndTheApiAnswersTheNextEightWeeks() {
        LocalDate moved = today().plusWeeks(1);
        importAndWait(ChangesImporter.KIND, COUNCIL, "bin,usual_date,changed_date\n"
                + "general," + moved + "," + moved.plusDays(1) + "\n"
                + "all,2026-12-25,2027-02-25\n"                              // line 3: too far
                + "garden,2026-12-25,2026-12-26\n")
                .body("state", equalTo("succeeded")).body("imported", equalTo(2))
                .body("rejections.line", contains(3));

        ValidatableResponse answer = given().when().get("/api/v1/places/{uprn}/collections", HOME).then().statusCode(200)
                .contentType("application/json");
        // general: today, +8 (changed from +7), +14 ... +49; recycling: +1, +15, +29, +43.
        answer.body("size()", equalTo(12))
                .body("[0].bin", equalTo("general")).body("[0].date", equalTo(today().toString())).body("[0].changed", equalTo(false))
                .body("[1].bin", equalTo("recycling")).body("[1].date", equalTo(today().plusDays(1).toString()))
                .body("[2].bin", equalTo("general")).body("[2].date", equalTo(moved.plusDays(1).toString()))
                .body("[2].changed", equalTo(true))
                .body("[11].date", equalTo(today().plusDays(49).toString()));

        given().when().get("/api/v1/places/{uprn}/collections", LICHFIELD_HOME).then().statusCode(200).body("size()", equalTo(0));
        given().when().get("/api/v1/places/{uprn}/collections", "990000099999").then().statusCode(404)
                .body("error", equalTo("not_found"));
        given().when().get("/api/v1/places/{uprn}/collections", "abc").then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("details[0].field", equalTo("uprn"));
        // The places resource beside it still answers its own route.
        given().when().get("/api/v1/places/{uprn}", HOME).then().statusCode(200).body("district.slug", equalTo(COUNCIL));
    }

    @Test
    @Order(3)
    void theCalendarFeedParsesWithStableUidsAndAllDayEvents() {
        String ics = feed();
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings).allSatisfy(each -> assertThat(each).isEmpty());
        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.getRefreshInterval().getValue().toString()).isEqualTo("P1D");
        assertThat(calendar.getExperimentalProperty("X-PUBLISHED-TTL").getValue()).isEqualTo("P1D");
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(12);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getDateStart().getValue().hasTime()).as("all-day").isFalse();
            assertThat(event.getDateEnd().getValue().hasTime()).isFalse();
        });
        List<String> uids = events.stream().map(event -> event.getUid().getValue()).toList();
        assertThat(uids).doesNotHaveDuplicates().contains(HOME + "-general-" + today().plusWeeks(1).toString().replace("-", "")
                + "@bin-days.tierless");
        assertThat(events.get(2).getSummary().getValue()).isEqualTo("General waste collection (changed day)");
        assertThat(Biweekly.parse(feed()).first().getEvents().stream().map(event -> event.getUid().getValue())
                .collect(Collectors.toList())).as("the same UIDs on the next fetch").isEqualTo(uids);
        given().when().get("/calendar/{uprn}.ics", "990000099999").then().statusCode(404);
    }

    @Test
    @Order(4)
    void thePageSaysTheNextCollectionsInWordsAndTheTileLeadsThereWhereThereAreRounds() {
        String page = given().queryParam("uprn", HOME).when().get("/bin-days").then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(page).contains("When is my bin day", "Stafford Borough Council",
                "General waste: " + BinDayWords.day(today(), today()), "Recycling: " + BinDayWords.day(today().plusDays(1), today()),
                "Changed day", "usually " + BinDayWords.day(today().plusWeeks(1), today()),
                "href=\"/calendar/" + HOME + ".ics\"", "Add Subscribed Calendar");
        // Three of each bin at most: general waste's fourth, in three weeks, is not on the page.
        assertThat(page).doesNotContain(BinDayWords.day(today().plusWeeks(3), today()));

        RestAssured.given().redirects().follow(false).queryParam("uprn", HOME)
                .when().get("/services/" + BinDays.SERVICE).then().statusCode(303)
                .header("Location", endsWithPath("/bin-days?uprn=" + HOME));
        RestAssured.given().redirects().follow(false).queryParam("postcode", "ST16 1RG")
                .when().get("/services/" + BinDays.SERVICE).then().statusCode(303)
                .header("Location", containsString("/find?postcode=ST16+1RG&service=" + BinDays.SERVICE));
        // A council without rounds keeps its link.
        given().queryParam("uprn", LICHFIELD_HOME).when().get("/services/" + BinDays.SERVICE).then().statusCode(200)
                .body(containsString("Continue on Lichfield"));
        RestAssured.given().redirects().follow(false).when().get("/bin-days").then().statusCode(303)
                .header("Location", containsString("/?service=" + BinDays.SERVICE));
    }

    private static org.hamcrest.Matcher<String> endsWithPath(String path) {
        return org.hamcrest.Matchers.endsWith(path);
    }

    private String feed() {
        return given().when().get("/calendar/{uprn}.ics", HOME).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
    }

    private static ValidatableResponse importAndWait(String kind, String source, String file) {
        String location = given().auth().oauth2(admin()).contentType("text/csv").queryParam("source", source).body(file)
                .when().post("/api/v1/admin/imports/" + kind).then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("succeeded", "failed").contains(
                given().auth().oauth2(admin()).when().get(location).then().extract().path("state")));
        return given().auth().oauth2(admin()).when().get(location).then().log().ifValidationFails().statusCode(200);
    }

    private static String admin() {
        return TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN);
    }
}
