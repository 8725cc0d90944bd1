package uk.tierless.learning;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.portal.PagePosts;
import uk.tierless.requests.BookedRequests;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static uk.tierless.learning.Learning.COUNCIL;
import static uk.tierless.learning.Learning.register;
import static uk.tierless.learning.Learning.token;

/** The browse page, the learner's page from their tracking link, and the staff class lists with their reach. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ClassPagesTest {

    @Inject
    Programme programme;

    @Inject
    Classes classes;

    @Inject
    BookedRequests bookedRequests;

    @Test
    void theBrowsePageFiltersBySubjectPlaceAndDayAndLinksToTheForm() {
        given().queryParam("council", COUNCIL).when().get("/classes").then().statusCode(200)
                .body(containsString("– Worcestershire Partnership</title>"))
                .body(containsString("Computers for beginners"))
                .body(containsString("Mondays, 14:00 to 16:00, for 6 weeks from Monday 11 January 2027"))
                .body(containsString("£85.00, or £42.50 with a concession"))
                // Without an address to route the form by, the page asks for the postcode before offering the form.
                .body(not(containsString("href=\"/form?service=adult-learning"))).body(containsString("Your postcode"));
        given().queryParam("council", COUNCIL).queryParam("postcode", "WR1 1RJ").when().get("/classes").then().statusCode(200)
                .body(containsString("href=\"/form?service=adult-learning&amp;postcode=WR1+1RJ&amp;class=DIGI-BEG-MALV-MON\""));
        given().queryParam("council", COUNCIL).queryParam("uprn", "990000000113").when().get("/classes").then().statusCode(200)
                .body(containsString("href=\"/form?service=adult-learning&amp;uprn=990000000113&amp;class=DIGI-BEG-MALV-MON\""))
                .body(not(containsString("Your postcode")));
        given().queryParam("council", COUNCIL).queryParam("subject", "Languages").queryParam("venue", "Kidderminster Library")
                .queryParam("day", "thursday").when().get("/classes").then().statusCode(200)
                .body(containsString("1 class<")).body(containsString("Spanish for beginners"))
                .body(not(containsString("Watercolour painting")));
        given().when().get("/classes").then().statusCode(200).body(containsString("/classes?council=worcestershire"));
    }

    @Test
    void aFullClassSaysJoinTheWaitingList() {
        String taught = Learning.openClass(programme, 1);
        token(register(taught, "only@example.com"));

        given().queryParam("council", COUNCIL).queryParam("subject", "Testing").queryParam("postcode", "WR1 1RJ")
                .when().get("/classes").then().statusCode(200)
                .body(containsString("Full: join the waiting list"))
                .body(containsString("Join the waiting list<span class=\"govuk-visually-hidden\"> for Test course"));
    }

    @Test
    void aLearnerAcceptsAnOfferAndCancelsFromTheirTrackingLink() {
        String taught = Learning.openClass(programme, 1);
        String first = token(register(taught, "first@example.com"));
        String second = token(register(taught, "second@example.com"));
        given().redirects().follow(false).when().get("/track/{token}/class", second).then().statusCode(303)
                .header("Location", endsWith("/track/class?token=" + second));
        given().queryParam("token", second).when().get("/track/class").then().statusCode(200)
                .body(containsString("On the waiting list: number 1"));

        Response confirm = given().queryParam("token", first).when().get("/track/class/cancel");
        assertThat(confirm.asString()).contains("Are you sure you want to give up your place?");
        PagePosts.post(confirm, "/track/class/cancel", Map.of()).then().statusCode(303);
        Response offered = given().queryParam("token", second).when().get("/track/class");
        assertThat(offered.asString()).contains("Offered to you until").contains("Accept the place");

        PagePosts.post(offered, "/track/class/accept", Map.of()).then().statusCode(303)
                .header("Location", endsWith("done=accepted"));
        given().queryParam("token", second).queryParam("done", "accepted").when().get("/track/class").then().statusCode(200)
                .body(containsString("The place is yours")).body(containsString(">Registered<"));
        given().queryParam("token", "not-a-token").when().get("/track/class").then().statusCode(404);
        PagePosts.withoutCookies(offered, Map.of()).when().post("/track/class/accept").then().statusCode(400);
    }

    @Test
    void staffSeeTheirCouncilsClassListsMoveALearnerAndCancelAClass() {
        LocalDate start = LocalDate.now().plusDays(30);
        String from = Learning.code("T");
        String to = Learning.code("T");
        programme.load(COUNCIL, new StringReader(Learning.HEADER + Learning.row(from, 2, start, start)
                + Learning.row(to, 2, start.plusDays(7), start)));
        String token = token(register(from, "mover@example.com"));
        UUID mover = bookedRequests.byToken(token).orElseThrow().requestId();
        String reference = bookedRequests.byToken(token).orElseThrow().reference();
        Map<String, String> staff = StaffSignIn.as("worcestershire.caseworker");

        given().cookies(staff).when().get("/staff/classes").then().statusCode(200).body(containsString(from));
        Response list = given().cookies(staff).queryParam("class", from).when().get("/staff/classes");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.asString()).contains(reference).contains("Registered");

        PagePosts.spec(list, Map.of("request", mover.toString(), "to", to)).cookies(staff).when()
                .post("/staff/classes/move").then().statusCode(303);
        assertThat(classes.of(COUNCIL, mover)).get().extracting(Registration::classId).isEqualTo(to);

        Response target = given().cookies(staff).queryParam("class", to).when().get("/staff/classes");
        PagePosts.spec(target, Map.of("reason", "")).cookies(staff).when().post("/staff/classes/cancel")
                .then().statusCode(400).body(containsString("Give the reason the class is cancelled"));
        PagePosts.spec(target, Map.of("reason", "The tutor is ill")).cookies(staff).when().post("/staff/classes/cancel")
                .then().statusCode(303);
        assertThat(classes.find(COUNCIL, to)).get().extracting(ClassView::cancelled).isEqualTo(true);
        assertThat(classes.of(COUNCIL, mover)).get().extracting(Registration::state).isEqualTo("cancelled");
        assertThat(bookedRequests.byToken(token)).get().extracting(BookedRequests.BookedRequest::status).isEqualTo("cancelled");
    }

    @Test
    void anotherCouncilsStaffSeeNothingOfTheseClasses() {
        String taught = Learning.openClass(programme, 3);
        Map<String, String> tamworth = StaffSignIn.as("tamworth.caseworker");

        given().cookies(tamworth).when().get("/staff/classes").then().statusCode(200).body(not(containsString(taught)))
                .body(containsString("Your council has no classes yet"));
        given().cookies(tamworth).queryParam("class", taught).when().get("/staff/classes").then().statusCode(404);
        given().cookies(StaffSignIn.as("tamworth.admin")).when().get("/admin/classes").then().statusCode(200)
                .body(containsString("No courses yet"));
    }
}
