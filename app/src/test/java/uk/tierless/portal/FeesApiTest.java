package uk.tierless.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Fees over HTTP: a paid service's form answers its fees in pence; an administrator's draft carries a payment,
 * refused when an amount is not whole pence or a rule is broken, and a published one is live and exported. Uses
 * Tamworth's council tax payment and puts it back as its files have it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FeesApiTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String COUNCIL_TAX = "/api/v1/councils/tamworth/services/council-tax-payment";
    private static final List<Map<String, Object>> QUESTIONS = List.of(
            Map.of("id", "account-number", "type", "text", "label", "Your council tax account number", "required", true,
                    "pattern", "5[0-9]{7}", "personal", true),
            Map.of("id", "amount", "type", "money", "label", "How much would you like to pay?", "required", true));

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.realm("tamworth.admin", "tamworth", null, StaffRole.TENANT_ADMIN))
                .contentType("application/json");
    }

    @AfterEach
    void putBack() {
        if (admin().get(COUNCIL_TAX).path("draft") != null) {
            admin().delete(COUNCIL_TAX + "/draft").then().statusCode(204);
        }
        List<Integer> versions = admin().get(COUNCIL_TAX + "/versions").path("version");
        if (!versions.get(0).equals(versions.get(versions.size() - 1))) {
            admin().body("{}").post(COUNCIL_TAX + "/versions/" + versions.get(versions.size() - 1) + "/restore")
                    .then().statusCode(200);
            admin().body("{}").post(COUNCIL_TAX + "/publish").then().statusCode(200);
        }
    }

    @Test
    void aPaidServiceAnswersItsFeesInPence() {
        given().queryParam("postcode", "WR1 1RJ").when().get("/api/v1/services/copy-certificate")
                .then().statusCode(200)
                .body("council.slug", equalTo("worcestershire"))
                .body("paid", equalTo(true))
                .body("fees.code", contains("standard", "priority"))
                .body("fees.name", contains("Standard service", "Priority service"))
                .body("fees.amount", contains(1250, 3850))
                .body("questions.find { it.id == 'service-level' }.type", equalTo("radios"));
        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/services/missed-bin")
                .then().statusCode(200).body("paid", equalTo(false)).body("fees", empty());
    }

    @Test
    void aDraftsPaymentIsCheckedAndAPublishedOneIsLiveAndExported() {
        int revision = admin().get(COUNCIL_TAX).path("revision");
        admin().body(draft(Map.of("amountQuestion", "amount", "minimum", 12.5, "maximum", 500000), revision))
                .put(COUNCIL_TAX + "/draft").then().statusCode(400)
                .body("error", equalTo("invalid_json"))
                .body("details[0].field", equalTo("payment.minimum"))
                .body("details[0].message", equalTo("payment.minimum must be a whole number"));
        admin().body(draft(Map.of("amountQuestion", "amount", "minimum", 600000, "maximum", 500000), revision))
                .put(COUNCIL_TAX + "/draft").then().statusCode(400)
                .body("details[0].field", equalTo("payment.minimum"))
                .body("details[0].message", equalTo("£6,000.00 is over the maximum, £5,000.00"));

        revision = admin().body(draft(Map.of("amountQuestion", "amount", "minimum", 100, "maximum", 500000,
                        "makesRequest", false), revision))
                .put(COUNCIL_TAX + "/draft").then().statusCode(200).body("payment.minimum", equalTo(100))
                .extract().path("revision");
        admin().body("{}").post(COUNCIL_TAX + "/publish").then().statusCode(200);

        admin().get(COUNCIL_TAX).then().statusCode(200)
                .body("mode", equalTo("form"))
                .body("payment.amountQuestion", equalTo("amount"))
                .body("payment.maximum", equalTo(500000))
                .body("payment.makesRequest", equalTo(false));
        given().queryParam("postcode", "B79 7AH").when().get("/api/v1/services/council-tax-payment")
                .then().statusCode(200).body("paid", equalTo(true)).body("fees", empty())
                .body("questions.type", hasItem("money"));
        admin().get("/api/v1/councils/tamworth/services.yaml").then().statusCode(200)
                .body(containsString("amountQuestion: amount"))
                .body(containsString("minimum: 100"))
                .body(containsString("maximum: 500000"));
    }

    @Test
    void aServicesFileWithAWrongPaymentIsRefusedAndChangesNothing() throws IOException {
        String file = "/api/v1/councils/tamworth/services.yaml";
        String live = admin().get(file).then().statusCode(200).extract().asString();
        List<Integer> before = admin().get("/api/v1/councils/tamworth/services/missed-bin/versions").path("version");
        JsonNode tree = YAML.readTree(live);
        int at = 0;
        while (!tree.get("services").get(at).path("service").asText().equals("missed-bin")) {
            at++;
        }
        ((ObjectNode) tree.get("services").get(at)).set("payment", YAML.readTree("""
                feeQuestion: bin-type
                fees:
                  - {code: general, name: General, amount: 0}
                """));

        admin().contentType("text/yaml").body(YAML.writeValueAsString(tree)).post(file).then().statusCode(400)
                .body("details.field", hasItem("services[" + at + "].payment.fees[0].amount"))
                .body("details.message", hasItem("0 must be a whole number of pence above 0, such as 1250 for £12.50"))
                .body("details.message", hasItem("the option 'recycling' of 'bin-type' is not a fee's code: the codes are general"));
        admin().get("/api/v1/councils/tamworth/services/missed-bin/versions").then().body("version", equalTo(before));
        admin().contentType("text/yaml").body(live).queryParam("dryRun", "true").post(file).then().statusCode(200)
                .body(startsWith("No changes"));
    }

    private static Map<String, Object> draft(Map<String, Object> payment, int revision) {
        return Map.of("offered", true, "mode", "form", "summary", "Pay your council tax online.",
                "form", Map.of("questions", QUESTIONS), "payment", payment, "revision", revision);
    }
}
