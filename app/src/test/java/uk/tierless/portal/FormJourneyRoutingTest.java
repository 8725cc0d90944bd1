package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.routing.CountingRouter;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Each post of a form journey routes its one service once: not the whole catalogue, and not again to submit. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FormJourneyRoutingTest {

    private static final String MISSED_BIN = "?service=missed-bin&postcode=B79 7AH";
    private static final List<List<String>> ONCE = List.of(List.of("missed-bin"));

    @Test
    void everyStepRoutesTheOneServiceOnce() {
        CountingRouter.forget();
        Response first = given().when().get("/form" + MISSED_BIN);
        first.then().statusCode(200);
        assertThat(CountingRouter.calls()).isEqualTo(ONCE);

        CountingRouter.forget();
        Response contact = PagePosts.post(first, "/form/check" + MISSED_BIN, Map.of("bin-type", "general",
                "collection-date-day", "20", "collection-date-month", "11", "collection-date-year", "2026", "bin-out", "yes",
                "address.line1", "2 New Road"));
        contact.then().statusCode(200).body(containsString("How we will keep you updated"));
        assertThat(CountingRouter.calls()).isEqualTo(ONCE);

        Response check = PagePosts.post(contact, "/form/check" + MISSED_BIN, Map.of("email", "resident@example.com"));
        check.then().statusCode(200).body(containsString("Check your answers"));

        CountingRouter.forget();
        PagePosts.post(check, "/form/submit" + MISSED_BIN, Map.of()).then().statusCode(303)
                .header("Location", containsString("/track/"));
        assertThat(CountingRouter.calls()).isEqualTo(ONCE);
    }
}
