package uk.tierless.catalogue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiException;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.Tier;

import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

/** The service types every council's services are built on, as the migrations give them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServiceCatalogueTest {

    @Inject
    ServiceCatalogue catalogue;

    @Test
    void theTypesComeInTheCataloguesOrderEachWithTheTierThatRunsIt() {
        assertThat(catalogue.all()).extracting(ServiceTypeView::code)
                .startsWith("report-pothole", "school-term-dates", "school-closures");
        assertThat(catalogue.find("missed-bin")).contains(
                new ServiceTypeView("missed-bin", "Report a missed bin", "bins-and-recycling", Tier.DISTRICT));
        assertThat(catalogue.find("report-pothole")).get().extracting(ServiceTypeView::tier).isEqualTo(Tier.COUNTY);
    }

    @Test
    void theCodesAreTheCodesOfTheTypes() {
        assertThat(catalogue.codes()).isEqualTo(catalogue.all().stream().map(ServiceTypeView::code)
                .collect(Collectors.toSet()));
    }

    @Test
    void anUnknownServiceIsA404ThatPointsToTheCatalogue() {
        assertThat(catalogue.find("no-such-service")).isEmpty();

        ApiException missing = catchThrowableOfType(ApiException.class, () -> catalogue.require("no-such-service"));

        assertThat(missing.status()).isEqualTo(Status.NOT_FOUND);
        assertThat(missing.getMessage())
                .isEqualTo("There is no service 'no-such-service': the service codes are listed at /api/v1/service-types.");
    }

    @Test
    void theApiListsTheTypesWithTheirGroupAndTier() {
        given().when().get("/api/v1/service-types").then().statusCode(200)
                .body("size()", equalTo(catalogue.all().size()))
                .body("find { it.code == 'missed-bin' }.name", equalTo("Report a missed bin"))
                .body("find { it.code == 'missed-bin' }.group", equalTo("bins-and-recycling"))
                .body("find { it.code == 'missed-bin' }.tier", equalTo("district"));
    }
}
