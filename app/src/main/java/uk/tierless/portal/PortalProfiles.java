package uk.tierless.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

/** Council profiles (/c/{slug}) and the councils' own words: welcome texts and info content. */
@ApplicationScoped
public class PortalProfiles {

    @Inject
    CouncilDirectory councils;

    @Inject
    ServiceOffers offers;

    /** Where "home" leads: the council's profile the resident came through, else the shared front door. */
    static String home(CouncilView council) {
        return council == null ? "/" : "/c/" + council.slug();
    }

    /** A member council's profile, or a 404. */
    public CouncilView require(String slug) {
        return councils.bySlug(slug).filter(CouncilView::member)
                .orElseThrow(() -> ApiException.notFound("There is no council called '" + slug + "' here."));
    }

    /** The profile named by {@code c}, if it names one; an unknown one is ignored rather than failing the page. */
    public CouncilView optional(String slug) {
        return slug == null ? null : councils.bySlug(slug).filter(CouncilView::member).orElse(null);
    }

    public String welcome(String slug) {
        return offers.welcome(slug).orElse(null);
    }

    /** The brand colour from the council's tenant file (it is not part of the API's council object). */
    public String brandColour(String slug) {
        return councils.brandColour(slug).orElse(null);
    }

    public String content(Tile tile) {
        return offers.content(tile.council().slug(), tile.code()).orElse(null);
    }
}
