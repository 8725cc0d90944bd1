package uk.tierless.audit;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AuditEventResourceTest {

    @Inject
    AuditLog auditLog;

    @Test
    void listsOnlyThatCouncilsEventsNewestFirstInPages() {
        for (int i = 1; i <= 3; i++) {
            auditLog.record("redditch", "redditch.admin", "test.paging", "event " + i);
        }
        auditLog.record("bromsgrove", "bromsgrove.admin", "test.paging", "not redditch's");

        given().auth().oauth2(TestTokens.caseworker("redditch")).queryParam("size", 2).when().get("/api/v1/councils/redditch/audit-events")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", greaterThanOrEqualTo(4)) // three here and one from onboarding
                .body("items", hasSize(2))
                .body("items.council", everyItem(equalTo("redditch")))
                .body("items[0].summary", equalTo("event 3"));

        given().auth().oauth2(TestTokens.caseworker("redditch")).queryParam("size", 100).when().get("/api/v1/councils/redditch/audit-events")
                .then().statusCode(200)
                .body("items.council", everyItem(equalTo("redditch")))
                .body("items.action", hasItem("council.onboarded"));
    }

    @Test
    void badPagingGetsAClearError() {
        given().auth().oauth2(TestTokens.caseworker("redditch")).queryParam("page", 0).queryParam("size", "lots").when().get("/api/v1/councils/redditch/audit-events")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("details.field", org.hamcrest.Matchers.contains("page", "size"))
                .body("details[1].message", equalTo("size must be a whole number from 1 to 100"));
    }

    @Test
    void anUnknownCouncilIsA404() {
        given().when().get("/api/v1/councils/atlantis/audit-events")
                .then().statusCode(404)
                .body("error", equalTo("not_found"));
    }
}
