package uk.tierless.learning;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;
import uk.tierless.requests.BookedRequests;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.tierless.learning.Learning.COUNCIL;
import static uk.tierless.learning.Learning.register;
import static uk.tierless.learning.Learning.token;

/** Places up to capacity, then the waiting list; a freed place offered to the first waiting, held 48 hours, then passed on. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class WaitingListTest {

    @Inject
    Programme programme;

    @Inject
    Classes classes;

    @Inject
    Learners learners;

    @Inject
    BookedRequests bookedRequests;

    private UUID requestOf(String token) {
        return bookedRequests.byToken(token).orElseThrow().requestId();
    }

    @Test
    void registrationsFillTheClassThenJoinTheWaitingListInOrder() {
        String taught = Learning.openClass(programme, 2);

        register(taught, "first@example.com").statusCode(201).body("registration.state", equalTo("registered"))
                .body("registration.position", nullValue());
        register(taught, "second@example.com").statusCode(201).body("registration.state", equalTo("registered"));
        register(taught, "third@example.com").statusCode(201).body("registration.state", equalTo("waiting"))
                .body("registration.position", equalTo(1));
        register(taught, "fourth@example.com").statusCode(201).body("registration.state", equalTo("waiting"))
                .body("registration.position", equalTo(2));

        given().queryParam("council", COUNCIL).queryParam("subject", "Testing").when().get("/api/v1/classes")
                .then().statusCode(200)
                .body("find { it.id == '" + taught + "' }.capacity", equalTo(2))
                .body("find { it.id == '" + taught + "' }.free", equalTo(0))
                .body("find { it.id == '" + taught + "' }.course", equalTo("TEST-FREE"));
    }

    @Test
    void aCancelledPlaceIsOfferedToTheFirstWaitingWhoMayAcceptIt() {
        String taught = Learning.openClass(programme, 1);
        String firstToken = token(register(taught, "first@example.com"));
        UUID first = requestOf(firstToken);
        String secondToken = token(register(taught, "second@example.com"));
        UUID second = requestOf(secondToken);
        UUID third = requestOf(token(register(taught, "third@example.com")));

        Instant cancelled = Instant.now();
        learners.cancel(COUNCIL, first);

        assertThat(classes.of(COUNCIL, first)).get().extracting(Registration::state).isEqualTo("cancelled");
        Registration offered = classes.of(COUNCIL, second).orElseThrow();
        assertThat(offered.state()).isEqualTo("offered");
        assertThat(offered.offeredUntil()).isBetween(cancelled.plus(Duration.ofHours(48)), Instant.now().plus(Duration.ofHours(48)));
        assertThat(classes.of(COUNCIL, third)).get().extracting(Registration::position).isEqualTo(1);
        assertThat(bookedRequests.byToken(firstToken)).get().extracting(BookedRequests.BookedRequest::status).isEqualTo("cancelled");

        assertThat(learners.accept(bookedRequests.byToken(secondToken).orElseThrow())).as("a free place asks no payment").isEmpty();
        assertThat(classes.of(COUNCIL, second)).get().extracting(Registration::state).isEqualTo("registered");
        assertThat(classes.find(COUNCIL, taught)).get().extracting(ClassView::free).isEqualTo(0);
    }

    @Test
    void anOfferNotAcceptedIn48HoursPassesToTheNext() {
        String taught = Learning.openClass(programme, 1);
        UUID first = requestOf(token(register(taught, "first@example.com")));
        String secondToken = token(register(taught, "second@example.com"));
        UUID second = requestOf(secondToken);
        UUID third = requestOf(token(register(taught, "third@example.com")));
        learners.cancel(COUNCIL, first);
        Instant until = classes.of(COUNCIL, second).orElseThrow().offeredUntil();

        assertThat(learners.expireOffers(until.minusSeconds(60))).isZero();
        assertThat(classes.of(COUNCIL, second)).get().extracting(Registration::state).isEqualTo("offered");

        assertThat(learners.expireOffers(until.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(classes.of(COUNCIL, second)).get().extracting(Registration::state).isEqualTo("cancelled");
        assertThat(bookedRequests.byToken(secondToken)).get().extracting(BookedRequests.BookedRequest::status).isEqualTo("cancelled");
        assertThat(classes.of(COUNCIL, third)).get().extracting(Registration::state).isEqualTo("offered");
    }

    @Test
    void registrationClosesOnTheDayTheClassSays() {
        String taught = Learning.code("T");
        LocalDate start = LocalDate.now().plusDays(5);
        LocalDate closed = LocalDate.now().minusDays(1);
        programme.load(COUNCIL, new StringReader(Learning.HEADER + Learning.row(taught, 10, start, closed)));

        register(taught, "late@example.com").statusCode(400).body("error", equalTo("invalid_request"))
                .body("message", containsString("Registration for Test course at The Hive Worcester closed on "
                        + ClassWords.day(closed)))
                .body("details[0].field", equalTo("class.id"));
        register("NO-SUCH-CLASS", "lost@example.com").statusCode(400).body("details[0].field", equalTo("class.id"));
        assertThat(classes.classes(COUNCIL, "Testing", null, null)).extracting(ClassView::id).doesNotContain(taught);
    }
}
