package uk.tierless.learning.forecast;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.learning.CourseDemand;
import uk.tierless.learning.Programme;
import uk.tierless.learning.Term;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The forecasts API over a history seeded in real PostgreSQL (Staffordshire, which has no demo courses): its figures
 * are the model's (and, for DemandModelTest's fixture, the ones worked out by hand there), the places are next term's
 * classes', only the council's own staff may read it; and the snapshot records begun terms from the classes.
 */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class CourseForecastsTest {

    private static final String COUNCIL = "staffordshire";
    private static final String PATH = "/api/v1/councils/{slug}/forecasts/courses";
    private static final String HEADER = "course_code,course_title,subject,description,fee,concession_fee,concession_rule,"
            + "class_code,venue,venue_postcode,start_date,weeks,day,starts_at,ends_at,capacity,registration_closes\n";

    @Inject
    DemandHistory history;

    @Inject
    DemandSnapshots snapshots;

    @Inject
    CourseForecasts forecasts;

    @Inject
    Programme programme;

    private Term next;

    @BeforeEach
    void seed() {
        next = forecasts.nextTerm();
        // DemandModelTest's seven terms, 2024-autumn to 2026-autumn, as course FC-SEVEN; two terms as FC-TWO.
        List<CourseDemand> seeded = new ArrayList<>(DemandModelTest.HISTORY.stream()
                .map(past -> new CourseDemand("FC-SEVEN", past.term(), Math.min(past.demand(), 20),
                        Math.max(0, past.demand() - 20), 20)).toList());
        seeded.add(new CourseDemand("FC-TWO", "2026-summer", 8, 0, 12));
        seeded.add(new CourseDemand("FC-TWO", "2026-autumn", 12, 3, 12));
        history.record(COUNCIL, seeded, false);
        // Next term: FC-SEVEN in two classes of 10 and 12 places; FC-TWO in none.
        LocalDate starts = firstDayOf(next);
        programme.load(COUNCIL, new StringReader(HEADER + row("FC-SEVEN", "FC-SEVEN-A", starts, 10)
                + row("FC-SEVEN", "FC-SEVEN-B", starts.plusDays(1), 12)));
    }

    @Test
    void theFiguresAreTheModelsOverTheSeededHistory() {
        JsonPath answer = given().auth().oauth2(TestTokens.caseworker(COUNCIL)).when().get(PATH, COUNCIL)
                .then().statusCode(200).header("Cache-Control", "private").extract().jsonPath();

        // By hand in DemandModelTest: spring 23, summer 12, autumn 38; the backtest's error 5.0 whatever comes next.
        int expected = Map.of(Term.Season.SPRING, 23, Term.Season.SUMMER, 12, Term.Season.AUTUMN, 38).get(next.season());
        Map<String, Object> seven = course(answer, "FC-SEVEN");
        assertThat(seven).containsEntry("nextTerm", next.id()).containsEntry("expected", expected)
                .containsEntry("capacity", 22).containsEntry("flag", Flag.of(expected, 22).code());
        assertThat(((Number) seven.get("backtestMeanAbsoluteError")).doubleValue()).isEqualTo(5.0);
        assertThat(expected).isEqualTo(DemandModel.expected(DemandModelTest.HISTORY, next.season().name()));

        // Two terms: the mean of them (15 + 8) / 2 = 11.5, times the index of next term's season if seen; no backtest;
        // no classes planned, so any demand overfills.
        List<PastTerm> two = List.of(new PastTerm("2026-summer", "SUMMER", 8), new PastTerm("2026-autumn", "AUTUMN", 15));
        int twoExpected = DemandModel.expected(two, next.season().name());
        assertThat(course(answer, "FC-TWO")).containsEntry("expected", twoExpected).containsEntry("capacity", 0)
                .containsEntry("flag", "overfill").containsEntry("backtestMeanAbsoluteError", null);
    }

    @Test
    void onlyTheCouncilsOwnStaffMayReadIt() {
        given().when().get(PATH, COUNCIL).then().statusCode(401);
        given().auth().oauth2(TestTokens.realm("staffordshire.admin", COUNCIL, null, StaffRole.TENANT_ADMIN))
                .when().get(PATH, COUNCIL).then().statusCode(200);
        for (String other : List.of(TestTokens.caseworker("tamworth"), TestTokens.caseworker("worcestershire"),
                TestTokens.realm("staffordshire.finance", COUNCIL, null, StaffRole.FINANCE),
                TestTokens.realm("board", null, "staffordshire-connects", StaffRole.BOARD),
                TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN))) {
            given().auth().oauth2(other).when().get(PATH, COUNCIL).then().statusCode(403)
                    .body("error", equalTo("forbidden"));
        }
        given().auth().oauth2(TestTokens.caseworker(COUNCIL)).when().get(PATH, "nowhere").then().statusCode(404)
                .body("error", equalTo("not_found"));
    }

    @Test
    void aSnapshotRecordsBegunTermsOnceAndTheCurrentOneAgain() {
        Term current = snapshots.currentTerm();
        Term previous = current.previous();
        programme.load(COUNCIL, new StringReader(HEADER + row("FC-SNAP", "FC-SNAP-NOW", firstDayOf(current), 14)
                + row("FC-SNAP", "FC-SNAP-BEFORE", firstDayOf(previous), 9)));

        snapshots.snapshot(COUNCIL, current);
        assertThat(recorded("FC-SNAP")).containsExactly(
                new RecordedTerm("FC-SNAP", previous, 0, 0, 9, false), new RecordedTerm("FC-SNAP", current, 0, 0, 14, false));

        // Both classes grow: the current term is read again, the earlier one, recorded, stays as it was.
        programme.load(COUNCIL, new StringReader(HEADER + row("FC-SNAP", "FC-SNAP-NOW", firstDayOf(current), 16)
                + row("FC-SNAP", "FC-SNAP-BEFORE", firstDayOf(previous), 11)));
        snapshots.snapshot(COUNCIL, current);
        assertThat(recorded("FC-SNAP")).extracting(RecordedTerm::capacity).containsExactly(9, 16);
        // Next term's classes are not history yet.
        assertThat(recorded("FC-SEVEN")).extracting(RecordedTerm::term).doesNotContain(next);
    }

    private List<RecordedTerm> recorded(String course) {
        return history.of(COUNCIL).stream().filter(recorded -> recorded.course().equals(course)).toList();
    }

    private static Map<String, Object> course(JsonPath answer, String code) {
        return answer.<Map<String, Object>>getList("").stream().filter(line -> code.equals(line.get("course")))
                .findFirst().orElseThrow(() -> new AssertionError(code + " is not in " + answer.prettify()));
    }

    /** A day inside the term: a class starting on it belongs to the term. */
    private static LocalDate firstDayOf(Term term) {
        return LocalDate.of(term.year(), switch (term.season()) {
            case SPRING -> 1;
            case SUMMER -> 4;
            case AUTUMN -> 9;
        }, 15);
    }

    private static String row(String course, String taught, LocalDate starts, int capacity) {
        return String.join(",", course, "Forecast test course " + course, "Testing", "", "", "", "", taught,
                "Stafford Library", "ST16 2DH", starts.toString(), "10", "", "10:00", "12:00", Integer.toString(capacity),
                starts.minusDays(3).toString()) + "\n";
    }
}
