package uk.tierless.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffRole;
import uk.tierless.identity.TestTokens;
import uk.tierless.platform.PostgresTestResource;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * A council's services.yaml exported and re-applied over the API (make tenants-export / tenants-apply): the
 * difference first, then every changed service published by the operator. Uses Malvern Hills, whose configuration
 * each test applies back as it found it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicesFileResourceTest {

    private static final String FILE = "/api/v1/councils/malvern-hills/services.yaml";
    private static final String SERVICES = "/api/v1/councils/malvern-hills/services";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Consumer<ObjectNode> NEW_BALANCE_LINK = offer -> {
        if (offer.path("service").asText().equals("council-tax-balance")) {
            offer.put("link", "https://www.malvernhills.gov.uk/council-tax/balance");
        }
    };

    private String asFound;

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.realm("malvern-hills.admin", "malvern-hills", null,
                StaffRole.TENANT_ADMIN, StaffRole.CASEWORKER));
    }

    private static RequestSpecification sending(String yaml) {
        return admin().contentType("text/yaml").body(yaml);
    }

    @BeforeEach
    void export() {
        asFound = admin().get(FILE).then().statusCode(200).extract().asString();
    }

    @AfterEach
    void applyBack() {
        sending(asFound).post(FILE).then().statusCode(200);
        sending(asFound).queryParam("dryRun", "true").post(FILE).then().body(startsWith("No changes"));
    }

    @Test
    void theExportAppliedBackChangesNothing() {
        sending(asFound).queryParam("dryRun", "true").post(FILE).then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(startsWith("No changes: the file is what is live."));
        sending(asFound).post(FILE).then().statusCode(200).body("published", empty());
    }

    @Test
    void theDifferenceComesFirstAsAUnifiedDiffAndChangesNothing() throws IOException {
        int version = admin().get(SERVICES + "/council-tax-balance").path("version");
        String file = changed(asFound, NEW_BALANCE_LINK, "local-events");

        String difference = sending(file).queryParam("dryRun", "true").post(FILE).then().statusCode(200)
                .extract().asString();

        assertThat(difference).startsWith("2 services change: council-tax-balance, local-events.")
                .contains("--- council-tax-balance (live: version " + version + ")\n+++ council-tax-balance (the file)\n@@ ")
                .contains("\n-  link: https://www.malvernhills.gov.uk/council-tax\n+  link: https://www.malvernhills.gov.uk/council-tax/balance\n")
                .contains("+++ local-events (the file: not offered, so withdrawn)")
                .contains("\n-- service: local-events\n")
                .doesNotContain("council-tax-payment");
        admin().get(SERVICES + "/council-tax-balance").then().body("version", equalTo(version))
                .body("link", equalTo("https://www.malvernhills.gov.uk/council-tax"));
    }

    @Test
    void applyingPublishesEachChangedServiceAsTheOperatorAndWithdrawsWhatTheFileLeavesOut() throws IOException {
        String file = changed(asFound, NEW_BALANCE_LINK, "local-events");

        sending(file).post(FILE).then().statusCode(200)
                .body("published.service", equalTo(List.of("council-tax-balance", "local-events")))
                .body("published.publishedBy", equalTo(List.of("malvern-hills.admin", "malvern-hills.admin")))
                .body("published.offered", equalTo(List.of(true, false)));

        admin().get(SERVICES + "/council-tax-balance").then()
                .body("link", equalTo("https://www.malvernhills.gov.uk/council-tax/balance"));
        admin().get(SERVICES + "/local-events").then().body("offered", equalTo(false));
        admin().get(SERVICES + "/council-tax-balance/history").then()
                .body("items[0].action", equalTo("service.published"))
                .body("items[0].actor", equalTo("malvern-hills.admin"))
                .body("items[0].before.link", equalTo("https://www.malvernhills.gov.uk/council-tax"))
                .body("items[0].after.link", equalTo("https://www.malvernhills.gov.uk/council-tax/balance"));
        assertThat(admin().get(FILE).asString()).doesNotContain("local-events").contains("council-tax/balance");
        sending(file).queryParam("dryRun", "true").post(FILE).then().body(startsWith("No changes"));
    }

    @Test
    void theWelcomeIsBrandingsAndTheFileSaysSoButLeavesItAlone() throws IOException {
        String welcome = YAML.readTree(asFound).path("welcome").asText();
        String file = asFound.replace(welcome, "Welcome, from a file.");
        assertThat(file).isNotEqualTo(asFound);

        sending(file).queryParam("dryRun", "true").post(FILE).then().statusCode(200)
                .body(startsWith("No changes: the file is what is live.\nThe file's welcome is not the live one"));
        sending(file).post(FILE).then().statusCode(200).body("published", empty());

        assertThat(YAML.readTree(admin().get(FILE).asString()).path("welcome").asText()).isEqualTo(welcome);
    }

    @Test
    void pinsMoveFromTwoServicesToTwoOthersInOneApply() throws IOException {
        sending(changed(asFound, pin("leisure", "local-events"))).post(FILE).then().statusCode(200);

        sending(changed(asFound, pin("council-tax-balance", "council-tax-payment"))).post(FILE).then().statusCode(200)
                .body("published.service", hasItem("leisure"));

        admin().get(SERVICES + "/council-tax-balance").then().body("pinned", equalTo(true));
        admin().get(SERVICES + "/leisure").then().body("pinned", equalTo(false));
    }

    @Test
    void aDraftInTheWayIsNamedAndTheFileIsNotApplied() throws IOException {
        int revision = admin().get(SERVICES + "/leisure").path("revision");
        admin().contentType("application/json").body("""
                {"offered": true, "mode": "link", "link": "https://www.malvernhills.gov.uk/leisure-centres",
                 "summary": "Leisure.", "revision": %d}""".formatted(revision)).put(SERVICES + "/leisure/draft")
                .then().statusCode(200);
        String file = changed(asFound, offer -> {
            if (offer.path("service").asText().matches("leisure|moving-home")) {
                offer.put("summary", "Changed by the file.");
            }
        });
        try {
            sending(file).queryParam("dryRun", "true").post(FILE).then().statusCode(200)
                    .body(containsString("leisure has a draft saved by malvern-hills.admin: publish or discard it first."));
            sending(file).post(FILE).then().statusCode(409).body("error", equalTo("conflict"))
                    .body("message", containsString("leisure has a draft saved by malvern-hills.admin"));
            admin().get(SERVICES + "/moving-home").then().body("summary", startsWith("Tell us you are moving"));
        } finally {
            admin().contentType("application/json").delete(SERVICES + "/leisure/draft").then().statusCode(204);
        }
    }

    @Test
    void aFileThatIsWrongIsRefusedFieldByFieldAndChangesNothing() throws IOException {
        String wrong = changed(asFound, offer -> {
            switch (offer.path("service").asText()) {
                case "leisure" -> offer.put("link", "http://www.malvernhills.gov.uk/leisure");
                case "local-events" -> offer.put("mode", "fax");
                case "moving-home" -> offer.put("service", "report-pothole");
                default -> { }
            }
        });
        sending(wrong).post(FILE).then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("details.field", hasItem(startsWith("services[")))
                .body("details.message", hasItem(containsString("is a county service")))
                .body("details.message", hasItem(containsString("'fax' is not one of")))
                .body("details.message", hasItem(containsString("https://")));
        sending(asFound.replace("services:", "colour: red\nservices:")).post(FILE).then().statusCode(400)
                .body("details[0].field", equalTo("colour"))
                .body("details[0].message", startsWith("unknown field at line "));
        sending("welcome: \"unfinished\nservices:\n").post(FILE).then().statusCode(400)
                .body("message", startsWith("The file is not valid YAML: it breaks at line"));
        sending(" ").post(FILE).then().statusCode(400).body("message", startsWith("The file is empty"));
        sending(asFound).queryParam("dryRun", "perhaps").post(FILE).then().statusCode(400)
                .body("details[0].field", equalTo("dryRun"));

        sending(asFound).queryParam("dryRun", "true").post(FILE).then().body(startsWith("No changes"));
    }

    /** The file with each offer changed by {@code change}, and the services named left out. */
    private static String changed(String yaml, Consumer<ObjectNode> change, String... leftOut) throws IOException {
        JsonNode tree = YAML.readTree(yaml);
        ArrayNode services = (ArrayNode) tree.get("services");
        for (int i = services.size() - 1; i >= 0; i--) {
            if (List.of(leftOut).contains(services.get(i).path("service").asText())) {
                services.remove(i);
            } else {
                change.accept((ObjectNode) services.get(i));
            }
        }
        return YAML.writeValueAsString(tree);
    }

    private static Consumer<ObjectNode> pin(String... pinned) {
        return offer -> {
            if (List.of(pinned).contains(offer.path("service").asText())) {
                offer.put("pinned", true);
            }
        };
    }
}
