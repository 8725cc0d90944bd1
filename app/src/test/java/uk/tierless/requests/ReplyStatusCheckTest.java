package uk.tierless.requests;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantConfiguration;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReplyStatusCheckTest {

    @Inject
    ReplyStatusCheck check;

    @Test
    void theTenantsFolderSRepliesCarryRealStatuses() {
        assertThat(check.problemsIn(new TenantConfiguration(List.of(), List.of()))).isEmpty();
    }

    @Test
    void aReplysStatusMustBeOneARequestCanBePutIn() {
        PortalDefinition.Offer offer = new PortalDefinition.Offer("missed-bin", "form", "Missed bins", null, null, null,
                null, 2, List.of(new PortalDefinition.Response("Collected", "Done.", "fixed"),
                new PortalDefinition.Response("Sorted", "Done.", "sorted"),
                new PortalDefinition.Response("Again", "Start again.", "submitted"),
                new PortalDefinition.Response("Thanks", "Thank you.", null)), null, null);

        assertThat(check.problemsIn(Map.of("tamworth", new PortalDefinition("Welcome", List.of(offer))))).satisfiesExactly(
                sorted -> assertThat(sorted).endsWith("/tamworth/services.yaml: field 'services[0].responses[1].status':"
                        + " 'sorted' is not a status a request can be put in: use one of for_triage, acknowledged,"
                        + " investigating, action_scheduled, in_progress, reopened, fixed, closed, duplicate,"
                        + " not_councils_responsibility, no_further_action, cancelled"),
                submitted -> assertThat(submitted).contains("field 'services[0].responses[2].status': 'submitted' is not"));
    }
}
