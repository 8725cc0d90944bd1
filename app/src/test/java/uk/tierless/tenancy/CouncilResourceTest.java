package uk.tierless.tenancy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class CouncilResourceTest {

    @Test
    void listsTheSixteenMemberCouncilsWithTheirOnsCodes() {
        given().when().get("/api/v1/councils")
                .then().statusCode(200)
                .body("$", hasSize(16))
                .body("member", everyItem(equalTo(true)))
                .body("find { it.slug == 'tamworth' }.gss", equalTo("E07000199"))
                .body("find { it.slug == 'staffordshire' }.gss", equalTo("E10000028"))
                .body("find { it.slug == 'worcestershire' }.gss", equalTo("E10000034"))
                .body("find { it.slug == 'wyre-forest' }.gss", equalTo("E07000239"))
                .body("slug", hasItems("cannock-chase", "east-staffordshire", "lichfield", "newcastle-under-lyme",
                        "south-staffordshire", "stafford", "staffordshire-moorlands", "bromsgrove", "malvern-hills",
                        "redditch", "worcester", "wychavon"));
    }

    @Test
    void aCouncilHasTheApiShape() {
        given().when().get("/api/v1/councils/tamworth")
                .then().statusCode(200)
                .body("slug", equalTo("tamworth"))
                .body("name", equalTo("Tamworth Borough Council"))
                .body("shortName", equalTo("Tamworth"))
                .body("gss", equalTo("E07000199"))
                .body("tier", equalTo("district"))
                .body("member", equalTo(true))
                .body("website", equalTo("https://www.tamworth.gov.uk"))
                .body("parent", equalTo("staffordshire"))
                .body("partnership", equalTo("staffordshire-connects"));
    }

    @Test
    void aCountyHasNoParent() {
        given().when().get("/api/v1/councils/worcestershire")
                .then().statusCode(200)
                .body("tier", equalTo("county"))
                .body("$", not(hasKey("parent")))
                .body("partnership", equalTo("worcestershire"));
    }

    @Test
    void anUnknownCouncilIsA404InTheErrorShape() {
        given().when().get("/api/v1/councils/atlantis")
                .then().statusCode(404)
                .body("error", equalTo("not_found"))
                .body("message", equalTo("There is no council with the slug 'atlantis'."))
                .body("$", not(hasKey("details")));
    }

    @Test
    void listsThePartnershipsWithTheirMembers() {
        given().when().get("/api/v1/partnerships")
                .then().statusCode(200)
                .body("slug", contains("staffordshire-connects", "worcestershire"))
                .body("find { it.slug == 'staffordshire-connects' }.name", equalTo("Staffordshire Connects"))
                .body("find { it.slug == 'staffordshire-connects' }.members", hasSize(9))
                .body("find { it.slug == 'worcestershire' }.members", containsInAnyOrder("worcestershire",
                        "bromsgrove", "malvern-hills", "redditch", "worcester", "wychavon", "wyre-forest"));
    }

    @Test
    void anUnknownAddressUnderTheApiIsA404InTheErrorShape() {
        given().when().get("/api/v1/councils/tamworth/nothing-here")
                .then().statusCode(404)
                .body("error", equalTo("not_found"));
    }

    @Test
    void aWrongMethodIsA405InTheErrorShape() {
        given().contentType("application/json").body("{}").when().post("/api/v1/councils")
                .then().statusCode(405)
                .body("error", equalTo("method_not_allowed"))
                .body("message", equalTo("This address does not accept that method."));
    }
}
