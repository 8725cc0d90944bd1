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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicesResourceTest {

    private static XmlPath xml(String path, String jurisdiction, int status) {
        String body = given().queryParam("jurisdiction_id", jurisdiction).when().get(path)
                .then().statusCode(status).header("Content-Type", equalTo("text/xml")).extract().asString();
        return XmlPath.from(GeoReportSchema.valid(body));
    }

    @Test
    void aDistrictListsTheServicesItTakesAsFormsAndNoOthers() {
        XmlPath services = xml("/open311/v2/services.xml", "tamworth", 200);
        assertThat(services.getList("services.service.service_code"))
                .contains("missed-bin", "assisted-collection", "fly-tipping")
                .doesNotContain("bin-collection-day", "report-pothole");
        String bin = "services.service.find { it.service_code == 'missed-bin' }.";
        assertThat(services.getString(bin + "service_name")).isEqualTo("Report a missed bin");
        assertThat(services.getString(bin + "description")).isEqualTo("Tell us if your bin was not emptied on collection day.");
        assertThat(services.getBoolean(bin + "metadata")).isTrue();
        assertThat(services.getString(bin + "type")).isEqualTo("realtime");
        assertThat(services.getString(bin + "group")).isEqualTo("Bins and recycling");
        assertThat(services.getString(bin + "keywords").split(",")).contains("rubbish", "wheelie");
    }

    @Test
    void theJsonListIsTheSameServices() {
        given().queryParam("jurisdiction_id", "tamworth").when().get("/open311/v2/services.json")
                .then().statusCode(200).header("Content-Type", equalTo("application/json"))
                .body("service_code", hasItems("missed-bin", "fly-tipping"))
                .body("service_code", not(hasItems("report-pothole")))
                .body("find { it.service_code == 'missed-bin' }.metadata", equalTo(true))
                .body("find { it.service_code == 'missed-bin' }.type", equalTo("realtime"));
    }

    @Test
    void theMissedBinDefinitionIsTheCouncilsFormAsAttributes() {
        XmlPath definition = xml("/open311/v2/services/missed-bin.xml", "tamworth", 200);
        String attributes = "service_definition.attributes.attribute";
        assertThat(definition.getString("service_definition.service_code")).isEqualTo("missed-bin");
        assertThat(definition.getString("service_definition.description"))
                .isEqualTo("Tell us if your bin was not emptied on collection day.");
        assertThat(definition.getList(attributes + ".code")).containsExactly("bin-type", "collection-date", "bin-out", "details");
        assertThat(definition.getList(attributes + ".datatype"))
                .containsExactly("singlevaluelist", "datetime", "singlevaluelist", "text");
        assertThat(definition.getList(attributes + ".required")).containsExactly("true", "true", "true", "false");
        assertThat(definition.getList(attributes + ".order")).containsExactly("1", "2", "3", "4");
        assertThat(definition.getList(attributes + ".variable")).containsOnly("true");
        assertThat(definition.getString(attributes + "[0].description")).isEqualTo("Which bin was missed?");
        assertThat(definition.getList(attributes + "[0].values.value.key")).containsExactly("general", "recycling", "garden", "food");
        assertThat(definition.getList(attributes + "[0].values.value.name"))
                .containsExactly("General waste", "Recycling", "Garden waste", "Food waste");
        assertThat(definition.getList(attributes + "[2].values.value.key")).containsExactly("yes", "no");
        assertThat(definition.getString(attributes + "[1].datatype_description"))
                .isEqualTo("A date before today, as YYYY-MM-DD.");
        assertThat(definition.getString(attributes + "[3].datatype_description")).endsWith("At most 500 characters.");
    }

    @Test
    void theJsonDefinitionHasValuesAsKeyAndName() {
        given().queryParam("jurisdiction_id", "tamworth").when().get("/open311/v2/services/missed-bin.json")
                .then().statusCode(200).header("Content-Type", equalTo("application/json"))
                .body("service_code", equalTo("missed-bin"))
                .body("attributes.code", contains("bin-type", "collection-date", "bin-out", "details"))
                .body("attributes[0].values[0].key", equalTo("general"))
                .body("attributes[0].values[0].name", equalTo("General waste"))
                .body("attributes[0].order", equalTo(1))
                .body("attributes[0].required", equalTo(true))
                .body("attributes[3].values", nullValue());
    }

    @Test
    void aLocationQuestionIsNoAttributeAndCheckboxesAreAMultiValueList() {
        XmlPath definition = xml("/open311/v2/services/fly-tipping.xml", "tamworth", 200);
        String attributes = "service_definition.attributes.attribute";
        assertThat(definition.getList(attributes + ".code")).doesNotContain("location");
        assertThat(definition.getString(attributes + ".find { it.datatype == 'multivaluelist' }.code")).isNotBlank();
        assertThat(definition.getString(attributes + "[0].order")).isEqualTo("1");
    }

    @Test
    void aPartnershipListsEveryTiersServicesAndDefinesTheirUnion() {
        XmlPath services = xml("/open311/v2/services.xml", "staffordshire-connects", 200);
        assertThat(services.getList("services.service.service_code")).contains("report-pothole", "missed-bin");
        assertThat(services.getList("services.service.service_code")).doesNotHaveDuplicates();
        XmlPath definition = xml("/open311/v2/services/missed-bin.xml", "staffordshire-connects", 200);
        assertThat(definition.getList("service_definition.attributes.attribute.code")).contains("bin-type", "collection-date");
        XmlPath pothole = xml("/open311/v2/services/report-pothole.xml", "staffordshire-connects", 200);
        assertThat(pothole.getList("service_definition.attributes.attribute.code")).doesNotContain("location");
    }

    @Test
    void theSandboxAnswersAsProductionDoes() {
        String production = given().queryParam("jurisdiction_id", "tamworth").when().get("/open311/v2/services/missed-bin.json")
                .then().statusCode(200).extract().asString();
        given().queryParam("jurisdiction_id", "tamworth").when().get("/open311/test/v2/services/missed-bin.json")
                .then().statusCode(200).body(equalTo(production));
        xml("/open311/test/v2/services.xml", "tamworth", 200);
    }

    @Test
    void aMissingJurisdictionIsA400ThatNamesIt() {
        XmlPath errors = xml("/open311/v2/services.xml", null, 400);
        assertThat(errors.getInt("errors.error[0].code")).isEqualTo(400);
        assertThat(errors.getString("errors.error[0].description")).startsWith("jurisdiction_id is missing");
        given().when().get("/open311/v2/services/missed-bin.json").then().statusCode(400)
                .header("Content-Type", equalTo("application/json"))
                .body("[0].description", containsString("jurisdiction_id"));
    }

    @Test
    void anUnknownJurisdictionOrServiceIsA404() {
        XmlPath unknown = xml("/open311/v2/services.xml", "atlantis", 404);
        assertThat(unknown.getString("errors.error[0].description")).contains("atlantis");
        XmlPath notADistricts = xml("/open311/v2/services/report-pothole.xml", "tamworth", 404);
        assertThat(notADistricts.getString("errors.error[0].description")).contains("report-pothole");
        given().queryParam("jurisdiction_id", "tamworth").when().get("/open311/v2/services/no-such-thing.json")
                .then().statusCode(404).body("[0].code", equalTo(404));
    }

    @Test
    void theEndpointsTheDiscoveryNamesAnswerWhenAClientAppendsServicesXml() {
        XmlPath discovery = XmlPath.from(given().when().get("/open311/discovery.xml").then().statusCode(200).extract().asString());
        for (Object url : discovery.getList("discovery.endpoints.endpoint.url")) {
            String path = url.toString().replace("http://localhost:8081", "") + "/services.xml";
            xml(path, "tamworth", 200);
        }
    }
}
