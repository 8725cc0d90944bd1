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
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.platform.Text;
import uk.tierless.ratelimits.RateLimiter;
import uk.tierless.requests.BookingDesk;
import uk.tierless.requests.Lifecycle;
import uk.tierless.requests.Tracking;
import uk.tierless.tenancy.CouncilView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
        static native TemplateInstance confirmation(CouncilView council, Tracking.Tracked tracked, Words words,
                                                    List<BookingDesk.TrackedBooking> bookings, String trackUrl,
                                                    String home);

        static native TemplateInstance track(Tracking.Tracked tracked, Words words, List<BookingDesk.TrackedBooking> bookings,
                                             String reference, String error);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter UPDATE_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * A request's facts in a resident's words: the service's name, the status's label, the target day, the updates
     * (each with its day and label) and the label of the request it duplicates.
     */
    public record Words(String serviceName, String statusLabel, String dueDay, List<UpdateWords> updates,
                        String duplicateOfLabel) {
    }

    /** One of the council's updates: "30 November 2026", "In progress", its note. */
    public record UpdateWords(String day, String statusLabel, String note) {
    }

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Tracking tracking;

    @Inject
    PortalProfiles profiles;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Masthead masthead;

    @GET
    @Path("track/{token}")
    public TemplateInstance tracked(@PathParam("token") String token, @QueryParam("sent") String sent,
                                    @QueryParam("c") String c) {
        Tracking.Tracked tracked = tracking.byToken(token);
        masthead.about(tracked.council());
        CouncilView profile = profiles.optional(c);
        List<BookingDesk.TrackedBooking> bookings = tracking.bookings(token);
        return sent != null ? Templates.confirmation(profile, tracked, words(tracked), bookings, "/track/" + token,
                PortalProfiles.home(profile)) : Templates.track(tracked, words(tracked), bookings, null, null);
    }

    @GET
    @Path("track")
    public TemplateInstance trackForm() {
        return Templates.track(null, null, List.of(), null, null);
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
            Tracking.Tracked tracked = tracking.track(reference, email ? contact : null, email ? null : contact,
                    posted.getFirst("postcode"));
            masthead.about(tracked.council());
            // The booking's own pages open by the tracking link alone, so they are not offered here.
            return Response.ok(Templates.track(tracked, words(tracked), List.of(), reference, null)).build();
        } catch (ApiException e) {
            return Response.status(e.status().getStatusCode()).entity(Templates.track(null, null, List.of(), reference, e.getMessage())).build();
        }
    }

    /** The tracking form posted again after its CSRF token was refused ({@link ExpiredForms}): the reference kept. */
    Response timedOut(Map<String, List<String>> fields) {
        return Response.status(400).entity(Templates.track(null, null, List.of(), FormSteps.first(fields, "reference"), null)).build();
    }

    private Words words(Tracking.Tracked tracked) {
        String service = catalogue.find(tracked.service()).map(type -> type.name()).orElse(tracked.service());
        List<UpdateWords> updates = tracked.updates() == null ? List.of() : tracked.updates().stream()
                .map(update -> new UpdateWords(UPDATE_DAY.format(update.at().atZone(LONDON)), label(update.status()),
                        update.note())).toList();
        return new Words(service, label(tracked.status()),
                tracked.dueAt() == null ? null : DAY.format(tracked.dueAt().atZone(LONDON)), updates,
                tracked.duplicateOf() == null ? null : label(tracked.duplicateOf().status()));
    }

    /** A status's label standing alone, so with a capital: "Received", "In progress", "Fixed". */
    private static String label(String status) {
        String label = Lifecycle.label(status);
        return label.substring(0, 1).toUpperCase(Locale.UK) + label.substring(1);
    }
}
