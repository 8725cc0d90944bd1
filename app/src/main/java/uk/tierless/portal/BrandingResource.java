package uk.tierless.portal;

import io.vertx.core.json.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.CouncilBranding;
import uk.tierless.tenancy.PartnershipDefinition;
import uk.tierless.tenancy.TenantRegistry;

import java.util.regex.Pattern;

/**
 * A council's or partnership's colours as a stylesheet of its own, so that pages need no inline styles (the
 * Content-Security-Policy allows none), and the web app manifest that lets the portal install on a phone.
 */
@Path("/")
public class BrandingResource {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Inject
    PortalProfiles profiles;

    @Inject
    TenantRegistry registry;

    @Inject
    Masthead masthead;

    @Inject
    CouncilBranding branding;

    @GET
    @Path("brand/{slug}.css")
    @Produces("text/css")
    public Response brand(@PathParam("slug") String slug) {
        return headerColour(profiles.brandColour(profiles.require(slug).slug()));
    }

    /** The logo the council's administrators uploaded, as Tierless re-encoded it. */
    @GET
    @Path("brand/{slug}/logo")
    public Response logo(@PathParam("slug") String slug) {
        CouncilBranding.Logo logo = branding.logo(profiles.require(slug).slug())
                .orElseThrow(() -> ApiException.notFound("This council has no logo."));
        CacheControl cache = new CacheControl();
        // Short: the address stays the same when the logo changes (the header's link adds when it changed).
        cache.setMaxAge(300);
        return Response.ok(logo.image(), logo.mediaType()).cacheControl(cache).build();
    }

    @GET
    @Path("brand/partnership/{slug}.css")
    @Produces("text/css")
    public Response partnershipBrand(@PathParam("slug") String slug) {
        PartnershipDefinition partnership = registry.partnership(slug)
                .orElseThrow(() -> ApiException.notFound("There is no partnership called '" + slug + "' here."));
        return headerColour(partnership.brandColour());
    }

    /** Named for the host's partnership: the app a resident installs is their front door, not the software. */
    @GET
    @Path("manifest.webmanifest")
    @Produces("application/manifest+json")
    public String manifest() {
        PartnershipDefinition partnership = masthead.hostsPartnership();
        String name = partnership == null ? Masthead.PLAIN_NAME : partnership.name();
        String shortName = partnership == null ? "Councils" : partnership.shortName();
        return """
                {
                  "name": %s,
                  "short_name": %s,
                  "description": "Report, apply and pay: the services of your county and district councils in one place.",
                  "start_url": "/",
                  "display": "standalone",
                  "background_color": "#ffffff",
                  "theme_color": "#0b0c0c",
                  "icons": [
                    {"src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
                    {"src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
                    {"src": "/icons/tierless.svg", "sizes": "any", "type": "image/svg+xml"}
                  ]
                }
                """.formatted(Json.encode(name), Json.encode(shortName));
    }

    private static Response headerColour(String colour) {
        String css = colour == null || !COLOUR.matcher(colour).matches() ? ""
                : ".tierless-header { background: " + colour + "; border-bottom-color: " + colour + "; }\n";
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(css).cacheControl(cache).build();
    }
}
