package uk.tierless.catalogue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.PartnershipDefinition;
import uk.tierless.tenancy.TenantConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AgreementServicesCheckTest {

    @Inject
    AgreementServicesCheck check;

    @Test
    void anAgreementsServiceMustBeInTheCatalogue() {
        PartnershipDefinition partnership = new PartnershipDefinition("one", "One", "One", "#1d4f91", null,
                List.of(), List.of("staffordshire", "tamworth"),
                List.of(new PartnershipDefinition.Agreement("missed-bin", List.of("tamworth"), "staffordshire"),
                        new PartnershipDefinition.Agreement("moon-landing", List.of("tamworth"), "staffordshire")), null);

        assertThat(check.problemsIn(new TenantConfiguration(List.of(), List.of(partnership)))).singleElement().asString()
                .endsWith("/partnerships/one.yaml: field 'agreements[1].service': 'moon-landing' is not a service code"
                        + " (see /api/v1/service-types)");
    }
}
