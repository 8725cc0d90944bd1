package uk.tierless.portal;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;
import uk.tierless.platform.HttpSafety;
import uk.tierless.platform.PageAbout;
import uk.tierless.tenancy.CouncilBranding;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.PartnershipDefinition;
import uk.tierless.tenancy.TenantRegistry;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whose header a resident's page carries (the layout reads it, so error pages carry it too): the council whose
 * profile they came through ({@code /c/<slug>}, or {@code c=<slug>} on later pages), else the partnership of the
 * council the page is about ({@link PageAbout}), else of their councils once the place is known ({@code postcode} or
 * {@code uprn}, or a request's council), else the partnership
 * of the host name. Residents never see the product's name.
 */
@Named("masthead")
@RequestScoped
public class Masthead {

    /** The name before the tenant files are read (start-up), when no partnership is known yet. */
    static final String PLAIN_NAME = "Your councils";

    @Inject
    CurrentVertxRequest current;

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantRegistry registry;

    @Inject
    Gazetteer gazetteer;

    @Inject
    PageAbout pageAbout;

    private CouncilView profile;
    private PartnershipDefinition partnership;
    private boolean resolved;

    /** Who the header is for: with the councils' configuration, all that the header is rendered from. */
    record Identity(String profile, String partnership) {
    }

    Identity identity() {
        resolve();
        return new Identity(profile == null ? null : profile.slug(), partnership == null ? null : partnership.slug());
    }

    /** The page is about a request of this council (tracking): its partnership's header, unless a profile is named. */
    void about(CouncilView council) {
        resolve();
        if (profile == null) {
            registry.partnershipOf(council.slug()).ifPresent(found -> partnership = found);
        }
    }

    /** The front door's partnership, or null where none is known. */
    String partnershipSlug() {
        resolve();
        return partnership == null ? null : partnership.slug();
    }

    /** The header's name: the profile council's, else the partnership's. */
    public String getName() {
        resolve();
        return profile != null ? profile.name() : partnership == null ? PLAIN_NAME : partnership.name();
    }

    /** The front door's own name, the partnership's, even on a council's profile (the footer says what this is). */
    public String getFrontDoor() {
        resolve();
        return partnership == null ? PLAIN_NAME : partnership.name();
    }

    public String getHome() {
        resolve();
        return PortalProfiles.home(profile);
    }

    /**
     * The stylesheet with the header's colour, or null for the plain header. A council's names its colour, so that
     * a browser holding the old one asks again as soon as its administrators change it.
     */
    public String getBrandCss() {
        resolve();
        return profile != null ? "/brand/" + profile.slug() + ".css"
                + councils.brandColour(profile.slug()).map(colour -> "?v=" + colour.substring(1)).orElse("")
                : partnership == null ? null : "/brand/partnership/" + partnership.slug() + ".css";
    }

    /** The profile council's logo for the header, or null: its address names when it changed, for the same reason. */
    public String getLogo() {
        resolve();
        return profile == null ? null : councils.logoChanged(profile.slug())
                .map(changed -> CouncilBranding.logoPath(profile.slug()) + "?v=" + changed.toEpochMilli()).orElse(null);
    }

    /** The partnership's welcome for its start page. */
    public String getWelcome() {
        resolve();
        return partnership == null ? null : partnership.welcome();
    }

    /** The partnership for this host, as the installed app's name (the manifest knows no place or profile). */
    PartnershipDefinition hostsPartnership() {
        resolve();
        return partnership;
    }

    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        RoutingContext context = current.getCurrent();
        if (context == null) {
            partnership = registry.partnershipForHost(null).orElse(null);
            return;
        }
        HttpServerRequest request = context.request();
        profile = profileSlug(request).flatMap(councils::bySlug).filter(CouncilView::member).orElse(null);
        partnership = Optional.ofNullable(profile).map(CouncilView::slug).flatMap(registry::partnershipOf)
                .or(() -> pageAbout.council().flatMap(registry::partnershipOf))
                .or(() -> placeOf(request).flatMap(this::partnershipOf))
                .or(() -> registry.partnershipForHost(HttpSafety.requestedHost(context)))
                .orElse(null);
    }

    /** The profile in the path ({@code /c/lichfield/...}) or carried on as {@code c}. */
    private static Optional<String> profileSlug(HttpServerRequest request) {
        String[] segments = request.path() == null ? new String[0] : request.path().split("/");
        if (segments.length > 2 && segments[0].isEmpty() && segments[1].equals("c")) {
            return Optional.of(segments[2]);
        }
        return Optional.ofNullable(request.getParam("c"));
    }

    private Optional<Place> placeOf(HttpServerRequest request) {
        String uprn = request.getParam("uprn");
        String postcode = request.getParam("postcode");
        try {
            if (uprn != null && !uprn.isBlank()) {
                return Optional.of(gazetteer.byUprn(uprn.trim()));
            }
            if (postcode != null && !postcode.isBlank()) {
                return Optional.of(gazetteer.byPostcode(postcode));
            }
        } catch (RuntimeException e) {
            // An unknown place, or a failure this very page may be reporting: the header falls back to the host's.
        }
        return Optional.empty();
    }

    private Optional<PartnershipDefinition> partnershipOf(Place place) {
        return Stream.of(place.district(), place.county())
                .filter(council -> council != null && council.member())
                .map(council -> registry.partnershipOf(council.slug()))
                .flatMap(Optional::stream).findFirst();
    }
}
