package uk.tierless.open311;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiException;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.CouncilView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class JurisdictionsTest {

    private static final PlaceQuery TAMWORTH = PlaceQuery.of("B79 7AH", null, null, null);
    private static final PlaceQuery WORCESTER = PlaceQuery.of("WR1 1RJ", null, null, null);

    @Inject
    Jurisdictions jurisdictions;

    @Test
    void aCouncilSlugIsThatCouncilAlone() {
        Jurisdiction tamworth = jurisdictions.resolve("tamworth");
        assertThat(tamworth.partnership()).isFalse();
        assertThat(tamworth.name()).isEqualTo("Tamworth Borough Council");
        assertThat(tamworth.councils()).extracting(CouncilView::slug).containsExactly("tamworth");
    }

    @Test
    void aPartnershipSlugIsItsMembers() {
        Jurisdiction partnership = jurisdictions.resolve("staffordshire-connects");
        assertThat(partnership.partnership()).isTrue();
        assertThat(partnership.councils()).extracting(CouncilView::slug).contains("staffordshire", "tamworth")
                .doesNotContain("worcester");
    }

    @Test
    void thePartnershipRoutesAPotholeToTheCountyAndAMissedBinToTheDistrictFromOneJurisdiction() {
        Jurisdiction partnership = jurisdictions.resolve("staffordshire-connects");
        assertThat(jurisdictions.offer(partnership, "report-pothole", TAMWORTH).council().name())
                .isEqualTo("Staffordshire County Council");
        assertThat(jurisdictions.offer(partnership, "missed-bin", TAMWORTH).council().slug()).isEqualTo("tamworth");
        assertThat(jurisdictions.offer(partnership, "missed-bin", TAMWORTH).form().service()).isEqualTo("missed-bin");
    }

    @Test
    void aLocationTheJurisdictionDoesNotServeIsA400NamingTheCouncilThatDoes() {
        assertThatThrownBy(() -> jurisdictions.offer(jurisdictions.resolve("staffordshire-connects"), "missed-bin", WORCESTER))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().getStatusCode()).isEqualTo(400))
                .hasMessageContaining("Worcester City Council is responsible there")
                .hasMessageContaining("jurisdiction_id=worcester");
        assertThatThrownBy(() -> jurisdictions.offer(jurisdictions.resolve("tamworth"), "report-pothole", TAMWORTH))
                .hasMessageContaining("Staffordshire County Council is responsible there")
                .hasMessageContaining("jurisdiction_id=staffordshire");
    }

    @Test
    void noJurisdictionIsA400AndAnUnknownOneA404() {
        assertThatThrownBy(() -> jurisdictions.resolve(" "))
                .satisfies(e -> assertThat(((ApiException) e).status().getStatusCode()).isEqualTo(400))
                .hasMessageStartingWith("jurisdiction_id is missing");
        assertThatThrownBy(() -> jurisdictions.resolve("atlantis"))
                .satisfies(e -> assertThat(((ApiException) e).status().getStatusCode()).isEqualTo(404))
                .hasMessageContaining("'atlantis'");
    }
}
