package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracking a request is reachable from the start page and from every page's footer. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class TrackLinksTest {

    private static final String LINK = "href=\"/track\"";

    @Test
    void theStartPageLinksToTracking() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        assertThat(page.substring(0, page.indexOf("<footer"))).contains(LINK).contains("Track a request");
    }

    @Test
    void theFooterLinksToTrackingOnEveryKindOfPage() {
        for (String path : new String[]{"/", "/accessibility", "/find?postcode=B79+7AH", "/no-such-page"}) {
            String page = given().when().get(path).then().extract().asString();
            assertThat(page.substring(page.indexOf("<footer"))).as(path).contains(LINK);
        }
    }
}
