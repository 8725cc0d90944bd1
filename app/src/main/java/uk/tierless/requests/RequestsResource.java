package uk.tierless.requests;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Staff;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.ratelimits.Limit;
import uk.tierless.ratelimits.RateLimiter;
import uk.tierless.reports.UsageCounter;
import uk.tierless.tenancy.CouncilView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public: make a request, and track it without an account. For apps and scripts; the portal's pages use the same.
 * With a council staff token the request is filed for a caller or visitor: channel {@code phone} (the default) or
 * {@code face_to_face}, which nobody else may claim.
 */
@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    Requests requests;

    @Inject
    Tracking tracking;

    @Inject
    Channels channels;

    @Inject
    RateLimiter rateLimiter;

    public record Point(Double lat, Double lon) {
    }

    public record Contact(String email, String phone) {
    }

    /** {@code appointment} ({@code {slot}}) and {@code class} ({@code {id}}): the choice for a booked service. */
    public record NewRequest(String service, String postcode, String uprn, Point location, AddressWords address,
                             Map<String, Object> answers, Contact contact, String origin, String channel,
                             String idempotencyKey, Map<String, Object> appointment,
                             @JsonProperty("class") Map<String, Object> classChoice) {

        Map<String, Object> choices() {
            Map<String, Object> choices = new HashMap<>();
            if (appointment != null) {
                choices.put("appointment", appointment);
            }
            if (classChoice != null) {
                choices.put("class", classChoice);
            }
            return choices;
        }
    }

    /**
     * {@code payment}: for a service that takes one, the payment to make before the request reaches the council;
     * {@code appointment} or {@code registration}: what was booked with it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Created(String reference, CouncilView council, String status, String trackUrl,
                          Requests.AwaitingPayment payment, Object appointment, Object registration) {
    }

    public record TrackRequest(String reference, String email, String phone, String postcode) {
    }

    /** 201 with the new request; 200 with the first one when the idempotency key was seen before. */
    @POST
    public Response submit(NewRequest body, @HeaderParam("User-Agent") String userAgent) {
        rateLimiter.admit(Limit.SUBMISSIONS);
        if (body == null) {
            throw ApiException.invalid("Send the request as JSON: {service, postcode, answers, idempotencyKey, ...}.", List.of());
        }
        Optional<Staff> staff = channels.assisting();
        String channel = Channels.forApi(body.channel(), staff);
        PlaceQuery where = PlaceQuery.of(body.postcode(), body.uprn(),
                body.location() == null ? null : body.location().lat(), body.location() == null ? null : body.location().lon());
        Requests.Submitted submitted = requests.submit(new Requests.Submission(body.service(), where, body.address(),
                body.answers(),
                body.contact() == null ? null : body.contact().email(), body.contact() == null ? null : body.contact().phone(),
                Channels.origin(staff, body.origin()), channel, body.idempotencyKey(),
                UsageCounter.deviceClass(userAgent), null, body.choices()));
        Created created = new Created(submitted.reference(), submitted.council(), submitted.status(), submitted.trackUrl(),
                submitted.payment(), submitted.booked().get("appointment"), submitted.booked().get("registration"));
        return Response.status(submitted.created() ? Response.Status.CREATED : Response.Status.OK).entity(created).build();
    }

    @POST
    @Path("/track")
    public Tracking.Tracked track(TrackRequest body) {
        if (body == null) {
            throw ApiException.invalid("Send {reference, email}, {reference, phone} or {reference, postcode}.", List.of());
        }
        rateLimiter.admitTracking(body.reference(), Map.of());
        return tracking.track(body.reference(), body.email(), body.phone(), body.postcode());
    }
}
