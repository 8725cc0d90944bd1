package uk.tierless.open311;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.endsWith;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DiscoveryResourceTest {

    @Test
    void discoveryInXmlListsAProductionAndATestEndpointInBothFormats() {
        String xml = given().when().get("/open311/discovery.xml")
                .then().statusCode(200).header("Content-Type", equalTo("text/xml"))
                .extract().asString();
        XmlPath discovery = XmlPath.from(GeoReportSchema.valid(xml));
        assertThat(discovery.getList("discovery.endpoints.endpoint.url"))
                .containsExactly("http://localhost:8081/open311/v2", "http://localhost:8081/open311/test/v2");
        assertThat(discovery.getList("discovery.endpoints.endpoint.type")).containsExactly("production", "test");
        assertThat(discovery.getList("discovery.endpoints.endpoint[0].formats.format"))
                .containsExactly("text/xml", "application/json");
        assertThat(discovery.getString("discovery.endpoints.endpoint[0].specification"))
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.getString("discovery.contact")).isNotBlank();
        assertThat(discovery.getString("discovery.key_service")).isNotBlank();
    }

    @Test
    void discoveryInJsonHasTheSameEndpointsWithFormatsAsAList() {
        given().when().get("/open311/discovery.json")
                .then().statusCode(200).header("Content-Type", equalTo("application/json"))
                .body("endpoints", hasSize(2))
                .body("endpoints.type", contains("production", "test"))
                .body("endpoints.url", everyItem(not(endsWith("/"))))
                .body("endpoints[1].formats", contains("text/xml", "application/json"))
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"));
    }
}
