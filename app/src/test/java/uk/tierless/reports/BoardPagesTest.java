package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The board's pages, signed in through the browser's code flow, over {@link BoardPagesFixture}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BoardPagesTest {

    static final String PERIOD = BoardPagesFixture.PERIOD;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void fixture() throws SQLException {
        BoardPagesFixture.load(dataSource);
    }

    @AfterEach
    void clear() throws SQLException {
        BoardPagesFixture.clear(dataSource);
    }

    @Test
    void aBoardMemberLandsOnTheirPartnershipsReportWithItsFiguresComparedChartsAndSavings() {
        Map<String, String> board = StaffSignIn.as("staffordshire-connects.board");
        given().cookies(board).redirects().follow(false).when().get("/staff")
                .then().statusCode(303).header("Location", endsWith("/board"));
        String page = given().cookies(board).queryParam("period", PERIOD).when().get("/board")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Staffordshire Connects</h1>")
                .contains("1 April 2017 to 30 June 2017")
                .contains("href=\"/board\" aria-current=\"page\">Reports<")
                .contains("<option value=\"2017-Q2\" selected>April to June 2017</option>")
                .contains("id=\"use\"", "id=\"outcomes\"", "id=\"channels\"", "id=\"savings\"")
                .contains("role=\"img\" aria-labelledby=\"partnership-requests-months-title\"")
                .contains("href=\"/board/council?council=tamworth&amp;period=2017-Q2\">Tamworth Borough Council</a>")
                .doesNotContain("These figures include generated demo data");
        // 32 requests this quarter, none the quarter before, 16 a year before.
        assertThat(row(page, "Requests received")).contains(">32<", ">0<", ">+32<", ">16<", ">+16 (+100.0%)<");
        assertThat(row(page, "Visits")).contains(">100<");
        // Tamworth's phone and face-to-face requests for one service are too few to show.
        assertThat(page).contains("fewer than 5");
        // Savings: 20% of 100 visits at £2.83; 32 requests by telephone (£90.56) against the real mix (£34.21).
        assertThat(page).contains("£56.60", "£90.56", "£34.21", "£56.35", "Kable")
                .contains("href=\"/board/costs\">Change the cost model</a>")
                .contains("href=\"/board/report.csv?partnership=staffordshire-connects&amp;period=2017-Q2&amp;by=council\"");
    }

    @Test
    void aColumnHeadingSortsItsTableWithoutScript() {
        Map<String, String> board = StaffSignIn.as("staffordshire-connects.board");
        String page = given().cookies(board).queryParam("period", PERIOD)
                .queryParam("sort", "outcomes-councils.requests").queryParam("dir", "desc")
                .when().get("/board").then().statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("id=\"outcomes-councils\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains("aria-sort=\"descending\"")
                .contains("href=\"?partnership=staffordshire-connects&amp;period=2017-Q2&amp;sort=outcomes-councils.requests&amp;dir=asc#outcomes-councils\"");
        assertThat(table.indexOf("Tamworth")).isLessThan(table.indexOf("Lichfield"));
        String ascending = given().cookies(board).queryParam("period", PERIOD)
                .queryParam("sort", "outcomes-councils.requests").queryParam("dir", "asc")
                .when().get("/board").then().statusCode(200).extract().asString();
        String first = ascending.substring(ascending.indexOf("id=\"outcomes-councils\""));
        assertThat(first.indexOf("Tamworth")).isGreaterThan(first.indexOf("Lichfield"));
    }

    @Test
    void aCouncilsPageIsReachedByItsAddressAndCaseworkersSeeOnlyItsOperationalFigures() {
        Map<String, String> board = StaffSignIn.as("staffordshire-connects.board");
        given().cookies(board).redirects().follow(false).queryParam("period", PERIOD).when().get("/board/tamworth")
                .then().statusCode(303).header("Location", endsWith("/board/council?council=tamworth&period=2017-Q2"));
        given().cookies(board).queryParam("council", "tamworth").queryParam("period", PERIOD)
                .when().get("/board/council").then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Tamworth Borough Council</h1>"))
                .body(containsString("id=\"savings\""));

        Map<String, String> caseworker = StaffSignIn.as("tamworth.caseworker");
        given().cookies(caseworker).redirects().follow(false).when().get("/board")
                .then().statusCode(303).header("Location", endsWith("/board/council?council=tamworth"));
        String page = given().cookies(caseworker).queryParam("council", "tamworth").queryParam("period", PERIOD)
                .when().get("/board/council").then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"outcomes\"").contains("operational figures")
                .doesNotContain("id=\"use\"").doesNotContain("id=\"savings\"").doesNotContain("£");
        assertThat(row(page, "Requests received")).contains(">25<");
    }

    @Test
    void anotherPartnershipsBoardAnotherCouncilsStaffAndTheSignedOutAreRefused() {
        given().cookies(StaffSignIn.as("worcestershire.board")).queryParam("council", "tamworth")
                .when().get("/board/council").then().statusCode(403)
                .body(containsString("You cannot see this page"));
        Map<String, String> worcestershire = StaffSignIn.as("worcestershire.board");
        given().cookies(worcestershire).queryParam("partnership", "staffordshire-connects").when().get("/board")
                .then().statusCode(403);
        given().cookies(worcestershire).queryParam("partnership", "staffordshire-connects").when().get("/board/pack")
                .then().statusCode(403);
        given().cookies(worcestershire).queryParam("partnership", "staffordshire-connects").queryParam("by", "council")
                .when().get("/board/report.csv").then().statusCode(403);
        given().cookies(StaffSignIn.as("lichfield.caseworker")).queryParam("council", "tamworth")
                .when().get("/board/council").then().statusCode(403);
        given().cookies(StaffSignIn.as("lichfield.caseworker")).queryParam("partnership", "staffordshire-connects")
                .when().get("/board/pack").then().statusCode(403);
        given().cookies(StaffSignIn.as("tamworth.admin")).when().get("/board/costs").then().statusCode(403);
        given().redirects().follow(false).when().get("/board").then().statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"));
    }

    @Test
    void aPlatformAdministratorChoosesAPartnership() {
        Map<String, String> admin = StaffSignIn.as("platform.admin");
        given().cookies(admin).when().get("/board").then().statusCode(200)
                .body(containsString("href=\"/board?partnership=worcestershire\">Worcestershire Partnership</a>"));
        given().cookies(admin).queryParam("partnership", "staffordshire-connects").queryParam("period", PERIOD)
                .when().get("/board").then().statusCode(200)
                .body(containsString("Staffordshire Connects"))
                .body(not(containsString("Change the cost model")));
    }

    @Test
    void wrongDatesShowTheChooserAgainWithWhatIsWrong() {
        String page = given().cookies(StaffSignIn.as("staffordshire-connects.board"))
                .queryParam("from", "2017-06-30").queryParam("to", "2017-04-01")
                .when().get("/board").then().statusCode(400).extract().asString();
        assertThat(page).contains("There is a problem").contains("href=\"#to\"")
                .contains("To must be the same day as from or later").contains("value=\"2017-06-30\"");
        given().cookies(StaffSignIn.as("staffordshire-connects.board")).queryParam("period", "2017-Q9")
                .when().get("/board").then().statusCode(400).body(containsString("href=\"#period\""));
    }

    @Test
    void aReportTouchingDemoHistorySaysSo() throws SQLException {
        DemoDaysFixture.set(dataSource, "south-staffordshire", "2017-04-01", "2017-05-31");
        given().cookies(StaffSignIn.as("staffordshire-connects.board")).queryParam("period", PERIOD)
                .when().get("/board").then().statusCode(200)
                .body(containsString("These figures include generated demo data"));
    }

    @Test
    void theCsvOfATableIsServedToASignedInBoardMember() {
        String csv = given().cookies(StaffSignIn.as("staffordshire-connects.board"))
                .queryParam("partnership", "staffordshire-connects").queryParam("period", PERIOD)
                .queryParam("by", "council").when().get("/board/report.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("council");
        assertThat(csv).contains("tamworth");
    }

    @Test
    void thePackHasAPageForThePartnershipAndEachCouncilAndPrintsWithoutNavigation() {
        String pack = given().cookies(StaffSignIn.as("staffordshire-connects.board")).queryParam("period", PERIOD)
                .when().get("/board/pack").then().statusCode(200).extract().asString();
        assertThat(pack.split("class=\"tierless-pack-page\"", -1)).hasSize(1 + 1 + 9);
        assertThat(pack).contains("id=\"tamworth-heading\">Tamworth Borough Council</h2>")
                .contains("Headline figures").contains("£56.60")
                .contains("<script src=\"/js/print-pack.js\"></script>")
                .contains("id=\"print-pack\" data-module=\"govuk-button\" hidden>Print this pack</button>");
        assertThat(given().when().get("/css/tierless.css").asString()).contains("@media print")
                .contains("break-before: page");
    }

    @Test
    void theBoardChangesItsCostModelAndTheSavingsUseIt() throws SQLException {
        try {
            Map<String, String> board = StaffSignIn.as("worcestershire.board");
            io.restassured.response.Response form = given().cookies(board).when().get("/board/costs");
            form.then().statusCode(200).body(containsString("value=\"2.83\""));
            Map<String, String> cookies = new java.util.HashMap<>(board);
            cookies.putAll(form.getCookies());
            String token = csrf(form.asString());
            given().cookies(cookies).formParam("csrf-token", token).formParam("faceToFace", "twelve")
                    .formParam("phone", "3.10").formParam("online", "").formParam("avoidedCallPercent", "150")
                    .formParam("source", "Our own survey, 2026")
                    .when().post("/board/costs").then().statusCode(400)
                    .body(containsString("There is a problem"))
                    .body(containsString("href=\"#faceToFace\""))
                    .body(containsString("href=\"#online\""))
                    .body(containsString("href=\"#avoidedCallPercent\""))
                    .body(containsString("value=\"twelve\""));
            given().cookies(cookies).redirects().follow(false).formParam("csrf-token", token)
                    .formParam("faceToFace", "12.00").formParam("phone", "£3.10").formParam("online", "0.15")
                    .formParam("avoidedCallPercent", "25").formParam("source", "Our own survey, 2026")
                    .when().post("/board/costs").then().statusCode(303)
                    .header("Location", endsWith("/board/costs?saved=1"));
            given().cookies(board).queryParam("saved", "1").when().get("/board/costs").then().statusCode(200)
                    .body(containsString("The cost model is saved"))
                    .body(containsString("value=\"3.10\""))
                    .body(containsString("changed by worcestershire.board"));
            given().cookies(board).when().get("/board").then().statusCode(200)
                    .body(containsString("Our own survey, 2026"))
                    .body(containsString("25% of visits avoid a telephone call"));
        } finally {
            clear();
        }
    }

    @Test
    void oddQueriesGetAPageOrAClearRefusalNeverAnError() {
        Map<String, String> board = StaffSignIn.as("staffordshire-connects.board");
        String page = given().cookies(board).queryParam("period", PERIOD).queryParam("sort", "<script>x</script>")
                .queryParam("dir", "sideways").when().get("/board").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("<script>x</script>");
        for (String period : List.of("0000-01", "9999-12", "FY0000", "FY9999", "0001-Q1", "2017-00", "%00")) {
            int status = given().cookies(board).queryParam("period", period).when().get("/board").statusCode();
            assertThat(status).as(period).isIn(200, 400);
        }
        for (String[] dates : new String[][] {{"0001-01-01", "0001-03-31"}, {"9999-10-01", "9999-12-31"}}) {
            int status = given().cookies(board).queryParam("from", dates[0]).queryParam("to", dates[1])
                    .when().get("/board/pack").statusCode();
            assertThat(status).as(dates[0]).isIn(200, 400);
        }
        given().cookies(board).queryParam("council", "atlantis").when().get("/board/council").then().statusCode(404);
        given().cookies(board).when().get("/board/council").then().statusCode(404);
        given().cookies(board).when().get("/board/atlantis").then().statusCode(404);
        given().cookies(board).queryParam("partnership", "staffordshire-connects").queryParam("by", "nonsense")
                .when().get("/board/report.csv").then().statusCode(400);
    }

    /** The compared table's row for this figure. */
    private static String row(String page, String figure) {
        int start = page.indexOf(">" + figure + "</th>");
        assertThat(start).as(figure).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String csrf(String page) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void sql(String statement) throws SQLException {
        BoardPagesFixture.sql(dataSource, statement);
    }
}
