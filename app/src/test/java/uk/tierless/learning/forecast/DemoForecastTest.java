package uk.tierless.learning.forecast;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.TestTokens;
import uk.tierless.learning.Classes;
import uk.tierless.learning.CourseDemand;
import uk.tierless.learning.Term;
import uk.tierless.platform.PostgresTestResource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the demo data, Worcestershire's courses have three years of generated history, and the API and the page
 * forecast next term from it against the demo programme's places.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DemoForecastTest {

    private static final String COUNCIL = DemoDemand.COUNCIL;

    @Inject
    DemandSnapshots snapshots;

    @Inject
    Classes classes;

    @Test
    void theGeneratedHistoryIsLoadedAndForecastAgainstNextTermsPlaces() {
        Term current = snapshots.currentTerm();
        Term next = current.next();
        Map<String, List<PastTerm>> generated = DemoDemand.of(DemandSnapshots.threeYearsTo(current)).stream()
                .collect(Collectors.groupingBy(CourseDemand::course, Collectors.mapping(demand -> new PastTerm(demand.term(),
                        Term.parse(demand.term()).season().name(), demand.registrations() + demand.waiting()), Collectors.toList())));
        Map<String, Integer> places = classes.demandIn(COUNCIL, next).stream()
                .collect(Collectors.toMap(CourseDemand::course, CourseDemand::capacity));

        JsonPath answer = given().auth().oauth2(TestTokens.caseworker(COUNCIL)).when()
                .get("/api/v1/councils/{slug}/forecasts/courses", COUNCIL).then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> lines = answer.getList("");
        assertThat(lines).extracting(line -> line.get("course")).containsExactlyInAnyOrderElementsOf(generated.keySet());
        assertThat(lines).allSatisfy(line -> {
            List<PastTerm> history = generated.get((String) line.get("course"));
            int expected = DemandModel.expected(history, next.season().name());
            int capacity = places.getOrDefault((String) line.get("course"), 0);
            assertThat(line).containsEntry("nextTerm", next.id()).containsEntry("expected", expected)
                    .containsEntry("capacity", capacity).containsEntry("flag", Flag.of(expected, capacity).code());
            // JSON's 1.8 read back as a float: compared as written.
            assertThat(String.valueOf(line.get("backtestMeanAbsoluteError")))
                    .isEqualTo(String.valueOf(DemandModel.backtest(history).meanAbsoluteError().orElseThrow()));
        });
        // The demo shows each flag, so the page has something to say.
        assertThat(lines).extracting(line -> line.get("flag")).contains("overfill", "underfill", "ok");
    }

    @Test
    void thePageSaysHowItIsMadeAndIsOnlyForTheCouncilsStaff() {
        String page = given().cookies(StaffSignIn.as("worcestershire.caseworker")).when().get("/staff/forecasts")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("Course demand forecast for " + snapshots.currentTerm().next().label())
                .contains("we take the average demand of its last three terms")
                .contains("href=\"/staff/forecasts\" aria-current=\"page\">Forecasts")
                .contains("Watercolour painting").contains("id=\"generated\"").contains("Likely to overfill");
        // Tamworth has no courses: its staff see the explanation and that there is nothing yet.
        assertThat(given().cookies(StaffSignIn.as("tamworth.caseworker")).when().get("/staff/forecasts")
                .then().statusCode(200).extract().asString()).contains("id=\"no-history\"").doesNotContain("Watercolour");
        given().cookies(StaffSignIn.as("worcestershire.board")).when().get("/staff/forecasts").then().statusCode(403);
    }
}
