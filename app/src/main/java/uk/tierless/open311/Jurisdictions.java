package uk.tierless.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.requests.Requests;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.PartnershipView;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a {@code jurisdiction_id} into the councils it stands for, and a service at a place into the offer of the
 * council responsible there, refused when that council is not one of the jurisdiction's. Every Open311 endpoint that
 * takes a jurisdiction resolves it here.
 */
@ApplicationScoped
public class Jurisdictions {

    static final String PARAMETER = "jurisdiction_id";

    /** What a slug can look like: only such a one is repeated in a refusal, never arbitrary input. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,60}");

    @Inject
    CouncilDirectory councils;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Requests requests;

    /** The jurisdiction, a 400 when none is given, a 404 when it names no member council and no partnership. */
    public Jurisdiction resolve(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            throw invalid(PARAMETER + " is missing: send a member council's slug, such as tamworth, or a partnership's,"
                    + " such as " + someOrNone(councils.partnerships().stream().map(PartnershipView::slug).toList()) + ".");
        }
        String slug = jurisdictionId.trim();
        Optional<CouncilView> council = councils.bySlug(slug).filter(CouncilView::member);
        if (council.isPresent()) {
            return new Jurisdiction(slug, council.get().name(), false, List.of(council.get()));
        }
        return councils.partnerships().stream().filter(partnership -> partnership.slug().equals(slug)).findFirst()
                .map(partnership -> new Jurisdiction(slug, partnership.name(), true,
                        partnership.members().stream().map(councils::require).toList()))
                .orElseThrow(() -> ApiException.notFound("There is no jurisdiction "
                        + (SLUG.matcher(slug).matches() ? "'" + slug + "'" : "with the " + PARAMETER + " given") + ": "
                        + PARAMETER + " is a member council's slug, such as tamworth, or a partnership's."));
    }

    /**
     * The slugs of the councils whose requests a read covers. Where a request's reference names its council the
     * jurisdiction may be left out ({@code required} false), and then every member council is read.
     */
    public List<String> councilsRead(String jurisdictionId, boolean required) {
        if (!required && (jurisdictionId == null || jurisdictionId.isBlank())) {
            return councils.members().stream().map(CouncilView::slug).toList();
        }
        return resolve(jurisdictionId).councils().stream().map(CouncilView::slug).toList();
    }

    /**
     * The offer (the responsible council and its current form) of this service at this place, when that council is
     * one of the jurisdiction's; otherwise a 400 that names the council that is responsible there.
     */
    public Requests.Offer offer(Jurisdiction jurisdiction, String service, PlaceQuery where) {
        Requests.Offer offer = requests.offer(service, where);
        CouncilView responsible = offer.council();
        if (!jurisdiction.covers(responsible.slug())) {
            String instead = responsible.member() ? " Send it with " + PARAMETER + "=" + responsible.slug() + "."
                    : " It is not a member of Tierless: see " + responsible.website() + ".";
            throw invalid("That location is not " + jurisdiction.name() + "'s for ‘" + catalogue.require(service).name()
                    + "’: " + responsible.name() + " is responsible there." + instead);
        }
        return offer;
    }

    private static String someOrNone(List<String> slugs) {
        return slugs.isEmpty() ? "none" : slugs.get(0);
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid(message, List.of(new ApiError.FieldError(PARAMETER, message)));
    }
}
