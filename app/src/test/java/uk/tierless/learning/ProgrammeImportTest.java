package uk.tierless.learning;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.tierless.learning.Learning.COUNCIL;
import static uk.tierless.learning.Learning.HEADER;

/** The programme import: a good file, one with a bad header, one with rejected rows, and who may import. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ProgrammeImportTest {

    private static final String ADMIN = TestTokens.realm("worcestershire.admin", COUNCIL, null, StaffRole.TENANT_ADMIN);
    private static final String PATH = "/api/v1/councils/{slug}/classes/import";
    private static final LocalDate START = LocalDate.now().plusDays(40);

    @Inject
    Classes classes;

    private static RequestSpecification csv(String token, String body) {
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        return request.contentType("text/csv").body(body);
    }

    private static String paidRow(String classCode, String course) {
        return course + ",Pottery,Arts and crafts,Throwing and glazing,45.00,22.50,On a means-tested benefit," + classCode
                + ",Evesham Library,wr11 4qd," + START + ",8,," + "18:00,20:00,10," + START.minusDays(2) + "\n";
    }

    @Test
    void aGoodFileAddsCoursesAndClassesAndAgainUpdatesThem() {
        String course = Learning.code("POT");
        String first = Learning.code("C");
        String second = Learning.code("C");
        String file = HEADER + paidRow(first, course) + paidRow(second, course);

        csv(ADMIN, file).when().post(PATH, COUNCIL).then().statusCode(200)
                .body("rows", equalTo(2)).body("coursesAdded", equalTo(1)).body("classesAdded", equalTo(2))
                .body("rejected", hasSize(0));
        ClassView imported = classes.find(COUNCIL, first).orElseThrow();
        assertThat(imported.fee()).isEqualTo(4500L);
        assertThat(imported.concessionFee()).isEqualTo(2250L);
        assertThat(imported.venuePostcode()).isEqualTo("WR11 4QD");
        assertThat(imported.day()).isEqualTo(START.getDayOfWeek());

        csv(ADMIN, file.replace(",10," + START.minusDays(2), ",12," + START.minusDays(2))).when().post(PATH, COUNCIL)
                .then().statusCode(200).body("coursesUpdated", equalTo(1)).body("classesUpdated", equalTo(2))
                .body("classesAdded", equalTo(0));
        assertThat(classes.find(COUNCIL, first)).get().extracting(ClassView::capacity).isEqualTo(12);
    }

    @Test
    void aFileWithoutAColumnChangesNothing() {
        String taught = Learning.code("C");
        String noCapacity = (HEADER + Learning.row(taught, 5, START, START)).replace(",capacity,", ",places,");

        csv(ADMIN, noCapacity).when().post(PATH, COUNCIL).then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("message", containsString("no capacity column"));
        assertThat(classes.find(COUNCIL, taught)).isEmpty();
    }

    @Test
    void rejectedRowsAreNamedByLineAndMostlyRejectedChangesNothing() {
        String good = Learning.code("C");
        String tooBig = Learning.code("C");
        String wrongDay = Learning.code("C");
        String mostlyWrong = HEADER + Learning.row(good, 5, START, START)
                + Learning.row(tooBig, 5000, START, START)
                + Learning.row(wrongDay, 5, START, START).replace("," + ProgrammeFile.label(START.getDayOfWeek()) + ",",
                "," + ProgrammeFile.label(START.plusDays(1).getDayOfWeek()) + ",");

        csv(ADMIN, mostlyWrong).when().post(PATH, COUNCIL).then().statusCode(400)
                .body("message", containsString("2 of its 3 rows are rejected, so nothing was imported"))
                .body("details.field", contains("line 3", "line 4"))
                .body("details[0].message", containsString("capacity 5000 is not a whole number from 1 to 1000"))
                .body("details[1].message", containsString("is not the day of start_date"));
        assertThat(classes.find(COUNCIL, good)).isEmpty();

        String another = Learning.code("C");
        csv(ADMIN, HEADER + Learning.row(good, 5, START, START) + Learning.row(another, 5, START, START)
                + Learning.row(tooBig, 5000, START, START)).when().post(PATH, COUNCIL).then().statusCode(200)
                .body("classesAdded", equalTo(2))
                .body("rejected[0].line", equalTo(4))
                .body("rejected[0].reason", containsString("capacity 5000"));
        assertThat(classes.find(COUNCIL, good)).isPresent();
        assertThat(classes.find(COUNCIL, tooBig)).isEmpty();
    }

    @Test
    void onlyTheCouncilsOwnAdministratorsImport() {
        String file = HEADER + Learning.row(Learning.code("C"), 5, START, START);

        csv(null, file).when().post(PATH, COUNCIL).then().statusCode(401);
        csv(TestTokens.realm("worcestershire.caseworker", COUNCIL, null, StaffRole.CASEWORKER), file)
                .when().post(PATH, COUNCIL).then().statusCode(403);
        csv(TestTokens.realm("tamworth.admin", "tamworth", null, StaffRole.TENANT_ADMIN), file)
                .when().post(PATH, COUNCIL).then().statusCode(403);
        csv(ADMIN, file).when().post(PATH, "no-such-council").then().statusCode(404);
    }
}
