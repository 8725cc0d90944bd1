package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import uk.tierless.ratelimits.Limit;
import uk.tierless.ratelimits.RateLimiter;
import uk.tierless.requests.Lifecycle;
import uk.tierless.requests.PublicRequests;
import uk.tierless.requests.PublicRequests.PublicUpdate;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * FixMyStreet's extension {@code GET servicerequestupdates.{fmt}}: the changes a resident sees (a new status or a
 * public note) made in a window of time, oldest first, with the status in FixMyStreet's upper-case words and ours as
 * {@code external_status_code}. FixMyStreet asks every few minutes for the last two hours. The sandbox answers it as
 * production does: it only reads.
 */
@Path("/open311")
public class ServiceRequestUpdatesResource {

    @Inject
    PublicRequests publicRequests;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Clock clock;

    @Inject
    RateLimiter rateLimiter;

    @GET
    @Path("{endpoint: " + Endpoint.PATHS + "}/servicerequestupdates.{format: " + Open311Format.SUFFIXES + "}")
    public Response updates(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
                            @QueryParam("start_date") String start, @QueryParam("end_date") String end) {
        rateLimiter.admit(Limit.OPEN311_READS);
        List<String> read = jurisdictions.councilsRead(jurisdiction, true);
        DateWindow window = DateWindow.of(start, end, clock.instant());
        List<PublicUpdate> updates = publicRequests.updates(read, window.from(), window.to(), RequestsReadResource.MOST);
        return Open311Answers.answer(Open311Document.list("service_request_updates", "request_update",
                updates.stream().map(update -> Open311Document.fields()
                        .put("update_id", update.id().toString())
                        .put("service_request_id", update.reference())
                        .put("status", fixMyStreetStatus(update))
                        .put("updated_datetime", update.at())
                        .put("description", update.note() == null ? "" : update.note())
                        .put("media_url", null)
                        .put("external_status_code", update.status())).toList()), format);
    }

    /**
     * FixMyStreet's words for our statuses: the waiting stages and a reopening are {@code OPEN}, a cancellation
     * {@code CLOSED}, and a request passed to another council of the partnership {@code INTERNAL_REFERRAL}.
     */
    static String fixMyStreetStatus(PublicUpdate update) {
        if (update.handedOver()) {
            return "INTERNAL_REFERRAL";
        }
        return switch (update.status()) {
            case "investigating", "action_scheduled", "in_progress", "fixed", "closed", "duplicate",
                 "not_councils_responsibility", "no_further_action" -> update.status().toUpperCase(Locale.ROOT);
            case "cancelled" -> "CLOSED";
            default -> Lifecycle.isOpen(update.status()) ? "OPEN" : "CLOSED";
        };
    }
}
