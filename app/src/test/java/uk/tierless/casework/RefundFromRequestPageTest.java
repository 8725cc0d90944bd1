package uk.tierless.casework;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.portal.PagePosts;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.requests.PaidCertificates;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.tierless.notifications.MailFiles.waitForEmail;

/**
 * A paid request's page: its caseworkers see what was paid; its tenant administrators refund part of it there, with
 * a reason the resident is told, audited; more than is left is refused on the page, and nothing goes back.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RefundFromRequestPageTest {

    @Test
    void anAdministratorRefundsOneCopyAndTheResidentIsTold() throws Exception {
        String reference = PaidCertificates.orderedAndPaid("refund-" + UUID.randomUUID(), 2, "eve@example.com");

        given().cookies(StaffSignIn.as("worcestershire.caseworker")).queryParam("ref", reference)
                .when().get("/staff/request").then().statusCode(200)
                .body(containsString("<h2 class=\"govuk-heading-m\">Payment</h2>")).body(containsString(">£25.00</dd>"))
                .body(not(containsString("Amount to refund")));

        Map<String, String> admin = StaffSignIn.as("worcestershire.admin");
        Response page = given().cookies(admin).queryParam("ref", reference).when().get("/staff/request");
        page.then().statusCode(200).body(containsString("Amount to refund")).body(containsString("Up to £25.00"));
        Map<String, String> cookies = new HashMap<>(admin);
        cookies.putAll(page.getCookies());
        String token = PagePosts.field(page, "csrf-token");

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", token)
                .formParam("refundAmount", "30.00").formParam("refundReason", "Too much")
                .when().post("/staff/request/refund")
                .then().statusCode(400).body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#refundAmount\"")).body(containsString("left to refund"));

        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .queryParam("ref", reference).formParam("csrf-token", token)
                .formParam("refundAmount", "12.50").formParam("refundReason", "We could send only one copy.")
                .when().post("/staff/request/refund")
                .then().statusCode(303).header("Location", containsString("/staff/request?ref=" + reference));

        given().cookies(cookies).queryParam("ref", reference).when().get("/staff/request").then().statusCode(200)
                .body(containsString("Refunded</dt>")).body(containsString(">£12.50</dd>"))
                .body(containsString("Up to £12.50"));
        assertThat(Files.readString(waitForEmail(reference, "We have refunded £12.50 of your payment.")))
                .contains("We could send only one copy.");
        given().auth().oauth2(TestTokens.realm("worcestershire.admin", "worcestershire", null, StaffRole.TENANT_ADMIN)).when()
                .get("/api/v1/councils/worcestershire/audit-events").then().statusCode(200)
                .body("items.action", hasItem("payment.refunded"));
    }
}
