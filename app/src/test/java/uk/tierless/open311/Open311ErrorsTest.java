package uk.tierless.open311;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Every refusal under /open311, whoever makes it, is the standard's errors list in the format the suffix asks. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class Open311ErrorsTest {

    private static XmlPath errors(String xml) {
        return XmlPath.from(GeoReportSchema.valid(xml));
    }

    @Test
    void anUnknownAddressIsA404InTheStandardsXml() {
        String xml = given().when().get("/open311/v2/nothing-here.xml")
                .then().statusCode(404).header("Content-Type", equalTo("text/xml"))
                .extract().asString();
        assertThat(errors(xml).getInt("errors.error[0].code")).isEqualTo(404);
        assertThat(errors(xml).getString("errors.error[0].description")).isNotBlank();
    }

    @Test
    void anUnknownAddressEndingJsonIsA404InTheStandardsJsonList() {
        given().when().get("/open311/v2/nothing-here.json")
                .then().statusCode(404).header("Content-Type", equalTo("application/json"))
                .body("$", hasSize(1))
                .body("[0].code", equalTo(404))
                .body("[0].description", not(equalTo("")));
    }

    @Test
    void aFormatThatIsNotOneIsA404InXmlTheDefault() {
        String xml = given().when().get("/open311/discovery.csv")
                .then().statusCode(404).header("Content-Type", equalTo("text/xml")).extract().asString();
        assertThat(errors(xml).getInt("errors.error[0].code")).isEqualTo(404);
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsA405InTheStandardsShape() {
        given().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .when().delete("/open311/discovery.json")
                .then().statusCode(405).header("Content-Type", equalTo("application/json"))
                .body("[0].code", equalTo(405));
    }

    @Test
    void aContentTypeThatIsNotAMediaTypeIsRefusedInTheStandardsShapeNotAPage() {
        String xml = given().header("Content-Type", "a/b/c").body(new byte[] {1})
                .when().post("/open311/v2/services.xml")
                .then().statusCode(415).header("Content-Type", equalTo("text/xml")).extract().asString();
        assertThat(errors(xml).getInt("errors.error[0].code")).isEqualTo(415);
    }

    @Test
    void aTrailingSlashIsNotSentOnToAPageAddress() {
        given().redirects().follow(false).when().get("/open311/v2/")
                .then().statusCode(404).header("Content-Type", equalTo("text/xml"))
                .body(not(containsString("<html")));
    }

    @Test
    void pagesAndTheApiKeepTheirOwnErrors() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .header("Content-Type", containsString("application/json")).body("error", equalTo("not_found"));
        given().when().get("/nothing-here").then().statusCode(404).header("Content-Type", containsString("text/html"));
    }
}
