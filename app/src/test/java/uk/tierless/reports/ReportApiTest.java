package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** The report API: who reaches which report, the JSON and CSV shapes, and the refusals of bad dates and tables. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReportApiTest {

    private static final String DAYS = "?from=2019-02-01&to=2019-03-31";
    private static final String WORCESTERSHIRE = "/api/v1/partnerships/worcestershire/report" + DAYS;
    private static final String REDDITCH = "/api/v1/councils/redditch/report" + DAYS;
    private static final String BROMSGROVE = "/api/v1/councils/bromsgrove/report" + DAYS;
    private static final String STAFFORDSHIRE_CONNECTS = "/api/v1/partnerships/staffordshire-connects/report" + DAYS;
    private static final String TAMWORTH = "/api/v1/councils/tamworth/report" + DAYS;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void insertFixture() throws SQLException {
        ReportFixture.insert(dataSource);
    }

    @AfterEach
    void deleteFixture() throws SQLException {
        ReportFixture.delete(dataSource);
    }

    static String board(String partnership) {
        return TestTokens.realm(partnership + ".board", null, partnership, StaffRole.BOARD);
    }

    static String admin(String council) {
        return TestTokens.realm(council + ".admin", council, null, StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER);
    }

    static String platformAdmin() {
        return TestTokens.realm("platform.admin", null, null, StaffRole.PLATFORM_ADMIN);
    }

    /** Every role against its own partnership and council, another council of it, and another partnership's. */
    static Stream<Arguments> reach() {
        Object[][] matrix = {
                // who, token, Worcestershire, Redditch, Bromsgrove, Staffordshire Connects, Tamworth
                {"anonymous", null, 401, 401, 401, 401, 401},
                {"Worcestershire board", board("worcestershire"), 200, 200, 200, 403, 403},
                {"Staffordshire Connects board", board("staffordshire-connects"), 403, 403, 403, 200, 200},
                {"Redditch administrator", admin("redditch"), 403, 200, 403, 403, 403},
                {"Redditch caseworker", TestTokens.caseworker("redditch"), 403, 200, 403, 403, 403},
                {"platform administrator", platformAdmin(), 200, 200, 200, 200, 200},
                {"board role without a partnership", TestTokens.realm("lost.board", null, null, StaffRole.BOARD),
                        403, 403, 403, 403, 403},
        };
        String[] urls = {WORCESTERSHIRE, REDDITCH, BROMSGROVE, STAFFORDSHIRE_CONNECTS, TAMWORTH};
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : matrix) {
            for (int i = 0; i < urls.length; i++) {
                cases.add(Arguments.of(row[0], row[1], urls[i], row[i + 2]));
                cases.add(Arguments.of(row[0], row[1], urls[i].replace("/report?", "/report.csv?"), row[i + 2]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2} is {3}")
    @MethodSource
    void reach(String who, String token, String url, int status) {
        ValidatableResponse response = as(token).when().get(url).then().statusCode(status);
        if (status != 200) {
            response.body("error", equalTo(status == 401 ? "unauthorized" : "forbidden"));
        }
    }

    @Test
    void anUnknownPartnershipOrCouncilIsA404() {
        as(platformAdmin()).when().get("/api/v1/partnerships/atlantis/report" + DAYS).then().statusCode(404)
                .body("error", equalTo("not_found"));
        as(platformAdmin()).when().get("/api/v1/councils/atlantis/report.csv" + DAYS).then().statusCode(404)
                .body("error", equalTo("not_found"));
    }

    @Test
    void theJsonCarriesTheFiguresTheirSuppressionAndTheCouncilObject() {
        as(board("worcestershire")).when().get(WORCESTERSHIRE).then().statusCode(200)
                .header("Cache-Control", "private")
                .body("partnership.slug", equalTo("worcestershire"))
                .body("from", equalTo("2019-02-01"))
                .body("to", equalTo("2019-03-31"))
                .body("suppressedBelow", equalTo(5))
                .body("totals.visits", equalTo(150))
                .body("totals.closedWithinTargetPercent", equalTo(64.5f))
                .body("previous.requests", equalTo(8))
                .body("councils.find { it.council.slug == 'redditch' }.requests", equalTo(15))
                .body("councils.find { it.council.slug == 'redditch' }.council.name", equalTo("Redditch Borough Council"))
                .body("councils.find { it.council.slug == 'redditch' }.phone", nullValue())
                .body("services.find { it.service == 'missed-bin' && it.council.slug == 'redditch' }.requests", nullValue())
                .body("months.month", contains("2019-02", "2019-03"))
                .body("channels.onlineShare", equalTo(88.1f))
                .body("savings.callsAvoidedValue", equalTo(30 * 283))
                .body("savings.model.source", org.hamcrest.Matchers.startsWith("Face to face £10.16"));
    }

    @Test
    void aCaseworkerSeesTheirCouncilsOperationalFiguresOnly() {
        as(TestTokens.caseworker("redditch")).when().get(REDDITCH).then().statusCode(200)
                .body("council.slug", equalTo("redditch"))
                .body("totals.requests", equalTo(15))
                .body("totals.medianDaysToClose", equalTo(2))
                .body("totals.visits", nullValue())
                .body("totals.formsStarted", nullValue())
                .body("months[0].pageViews", nullValue())
                .body("devices.size()", equalTo(0))
                .body("savings", nullValue());
        as(admin("redditch")).when().get(REDDITCH).then().statusCode(200)
                .body("totals.visits", equalTo(100))
                .body("savings.callsAvoided", equalTo(20));
    }

    @Test
    void theCsvIsATableWithAHeaderRowAndEmptyCellsWhereFiguresAreHidden() {
        var response = as(board("worcestershire")).when()
                .get("/api/v1/partnerships/worcestershire/report.csv" + DAYS + "&by=service").then().statusCode(200)
                .header("Content-Type", matchesPattern("text/csv; ?charset=UTF-8"))
                .header("Content-Disposition",
                        "attachment; filename=\"worcestershire-report-2019-02-01-to-2019-03-31-by-service.csv\"")
                .header("Cache-Control", "private")
                .extract();
        List<String> lines = new String(response.asByteArray(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0)).isEqualTo("council,councilName,service,serviceName,visits,pageViews,postcodeSearches,"
                + "tilesOpened,formsStarted,formsSubmitted,completionRate,requests,closed,closedWithTarget,"
                + "closedWithinTarget,closedWithinTargetPercent,medianDaysToClose,p90DaysToClose,overdueNow,handedOver,"
                + "duplicates,throughAnotherCouncil,online,phone,faceToFace,onlineShare");
        assertThat(lines).hasSize(5);
        // Redditch's missed bins: 2 requests, 1 closed, 1 handed over, 2 face to face: all hidden.
        assertThat(lines.get(2)).startsWith("redditch,Redditch Borough Council,missed-bin,Report a missed bin,"
                + "0,0,0,0,0,0,,,,0,0,,,,");
        assertThat(lines.get(1)).startsWith("bromsgrove,Bromsgrove District Council,fly-tipping,Report fly-tipping,"
                + "0,0,0,40,12,9,75.0,7,5,5,5,100.0,3,3,");
    }

    @Test
    void theCsvByMonthAndByCouncil() {
        String months = as(board("worcestershire")).when()
                .get("/api/v1/partnerships/worcestershire/report.csv" + DAYS + "&by=month").then().statusCode(200)
                .extract().asString();
        assertThat(months.lines()).hasSize(3);
        assertThat(months.lines().toList().get(1)).startsWith("2019-02,100,400,0,40,12,9,75.0,13,8,8,6,75.0,2,12,");
        assertThat(months).contains("\r\n");

        String councils = as(admin("redditch")).when().get("/api/v1/councils/redditch/report.csv" + DAYS)
                .then().statusCode(200).extract().asString();
        assertThat(councils.lines()).hasSize(2);
        assertThat(councils.lines().toList().get(1)).startsWith("redditch,Redditch Borough Council,100,400,");
    }

    @Test
    void badDatesAndTablesAre400sNamingTheField() {
        as(board("worcestershire")).when().get("/api/v1/partnerships/worcestershire/report?from=2019-02-30&to=2019-01-01")
                .then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("details.field", contains("from"));
        as(board("worcestershire")).when().get("/api/v1/partnerships/worcestershire/report?from=2019-02-01&to=2019-01-01")
                .then().statusCode(400).body("details.field", contains("to"))
                .body("details[0].message", equalTo("to must be the same day as from or later"));
        as(board("worcestershire")).when().get("/api/v1/councils/redditch/report?from=2015-01-01&to=2020-01-01")
                .then().statusCode(400).body("details[0].message", equalTo("A report covers 5 years at most"));
        as(board("worcestershire")).when().get("/api/v1/councils/redditch/report")
                .then().statusCode(400).body("details.field", contains("from", "to"));
        as(board("worcestershire")).when().get("/api/v1/partnerships/worcestershire/report.csv" + DAYS + "&by=device")
                .then().statusCode(400).body("details.field", contains("by"))
                .body("details[0].message", equalTo("by must be council, service or month"));
    }

    @Test
    void noTokenIsA401BeforeTheDatesAreRead() {
        given().when().get("/api/v1/partnerships/worcestershire/report?from=nonsense").then().statusCode(401);
    }

    private static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }
}
