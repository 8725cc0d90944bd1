package uk.tierless.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.PartnershipView;

import java.util.List;

/** Which councils' requests a read's {@code jurisdiction_id} covers: a member council, or each of a partnership's. */
@ApplicationScoped
class ReadJurisdictions {

    @Inject
    CouncilDirectory councils;

    /**
     * The member councils a jurisdiction reads: the council itself, or each member of a partnership. Where a
     * request's reference names its council, a missing jurisdiction reads any member council.
     */
    List<String> councilsOf(String jurisdiction, boolean required) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            if (required) {
                throw DateWindow.refused("jurisdiction_id", "jurisdiction_id is missing: send a council's slug, such as"
                        + " tamworth, or a partnership's.");
            }
            return councils.members().stream().map(CouncilView::slug).toList();
        }
        String slug = jurisdiction.trim();
        return councils.bySlug(slug).filter(CouncilView::member).map(council -> List.of(council.slug()))
                .or(() -> councils.partnerships().stream().filter(partnership -> partnership.slug().equals(slug))
                        .findFirst().map(PartnershipView::members))
                .orElseThrow(() -> ApiException.notFound("There is no jurisdiction with the jurisdiction_id given."));
    }

}
