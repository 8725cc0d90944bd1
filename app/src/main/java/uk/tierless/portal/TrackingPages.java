package uk.tierless.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.platform.Text;
import uk.tierless.ratelimits.RateLimiter;
import uk.tierless.requests.Tracking;
import uk.tierless.tenancy.CouncilView;

import java.util.List;
import java.util.Map;

/**
 * A request's pages after it is sent: the confirmation with its reference, and tracking it by the link, or by the
 * reference with the email address, phone number or postcode given with it.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TrackingPages {

    // The templates stayed in FormPages/ when these pages moved out of FormPages.
    @CheckedTemplate(basePath = "FormPages")
    static class Templates {
        static native TemplateInstance confirmation(CouncilView council, Tracking.Tracked tracked, String trackUrl, String home);

        static native TemplateInstance track(Tracking.Tracked tracked, String reference, String error);
    }

    @Inject
    Tracking tracking;

    @Inject
    PortalProfiles profiles;

    @Inject
    RateLimiter rateLimiter;

    @GET
    @Path("track/{token}")
    public TemplateInstance tracked(@PathParam("token") String token, @QueryParam("sent") String sent,
                                    @QueryParam("c") String c) {
        Tracking.Tracked tracked = tracking.byToken(token);
        CouncilView profile = profiles.optional(c);
        return sent != null ? Templates.confirmation(profile, tracked, "/track/" + token, PortalProfiles.home(profile))
                : Templates.track(tracked, null, null);
    }

    @GET
    @Path("track")
    public TemplateInstance trackForm() {
        return Templates.track(null, null, null);
    }

    @POST
    @Path("track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response track(MultivaluedMap<String, String> posted) {
        String reference = posted.getFirst("reference");
        rateLimiter.admitTracking(reference, posted);
        // One box takes the email address or the phone number given with the request.
        String contact = Text.blankToNull(posted.getFirst("contact"));
        boolean email = contact != null && contact.contains("@");
        try {
            return Response.ok(Templates.track(tracking.track(reference, email ? contact : null, email ? null : contact,
                    posted.getFirst("postcode")), reference, null)).build();
        } catch (ApiException e) {
            return Response.status(e.status().getStatusCode()).entity(Templates.track(null, reference, e.getMessage())).build();
        }
    }

    /** The tracking form posted again after its CSRF token was refused ({@link ExpiredForms}): the reference kept. */
    Response timedOut(Map<String, List<String>> fields) {
        return Response.status(400).entity(Templates.track(null, FormSteps.first(fields, "reference"), null)).build();
    }
}
