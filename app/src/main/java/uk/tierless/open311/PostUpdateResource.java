package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.requests.ClientUpdates;
import uk.tierless.requests.WorkQueue;
import uk.tierless.tenancy.CouncilView;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * FixMyStreet's extension {@code POST servicerequestupdates.{fmt}}: the client that filed a request adds its
 * resident's update, or reopens it ({@code REOPEN}, or {@code OPEN} on a closed request). The update is one event of
 * the request, written by {@link ClientUpdates}; the resident's words are for staff only, and no other status the
 * client sends changes the council's. The answer's {@code update_id} is the event's id. On the sandbox the same
 * checks are made of the key and the fields, and nothing is written.
 */
@Path("/open311")
public class PostUpdateResource {

    /** FixMyStreet's words for a request update's status. */
    static final List<String> STATUSES = List.of("OPEN", "CLOSED", "FIXED", "IN_PROGRESS", "ACTION_SCHEDULED",
            "INVESTIGATING", "DUPLICATE", "NOT_COUNCILS_RESPONSIBILITY", "NO_FURTHER_ACTION", "INTERNAL_REFERRAL", "REOPEN");
    private static final int MAX_UPDATE_ID = 100;

    @Inject
    Open311Keys keys;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    ClientUpdates updates;

    @POST
    @Path("{endpoint: " + Endpoint.PATHS + "}/servicerequestupdates.{format: " + Open311Format.SUFFIXES + "}")
    @Consumes(Open311Forms.TYPE)
    public Response post(@PathParam("endpoint") String endpoint, @PathParam("format") String format, String body) {
        PostedRequest posted = new PostedRequest(Open311Forms.parse(body));
        Open311Keys.Holder holder = keys.holder(posted.field("api_key")).orElseThrow(() -> ApiException.forbidden(
                "api_key is missing, not valid or revoked: ask the council's administrators for a key."));
        ClientUpdates.ClientUpdate update = update(posted, holder.client());
        Jurisdiction jurisdiction = posted.field(Jurisdictions.PARAMETER) == null ? null
                : jurisdictions.resolve(posted.field(Jurisdictions.PARAMETER));
        if (jurisdiction != null && !holder.mayUse(jurisdiction)) {
            throw ApiException.forbidden("This api_key is not for " + jurisdiction.name() + ".");
        }
        UUID id = Endpoint.of(endpoint) == Endpoint.TEST ? UUID.randomUUID() : add(update, holder, jurisdiction);
        Open311Document answer = Open311Document.list("service_request_updates", "request_update",
                List.of(Open311Document.fields().put("update_id", id.toString())));
        return Open311Answers.answer(201, answer, Open311Format.of(format));
    }

    private UUID add(ClientUpdates.ClientUpdate update, Open311Keys.Holder holder, Jurisdiction jurisdiction) {
        CouncilView council = updates.councilOf(update.reference())
                .filter(found -> jurisdiction == null || jurisdiction.covers(found.slug()))
                .orElseThrow(() -> ApiException.notFound("There is no request " + update.reference()
                        + (jurisdiction == null ? "." : " in " + jurisdiction.name() + ".")));
        if (!holder.mayFileInto(council)) {
            throw ApiException.forbidden("This api_key does not add updates to " + council.name() + "'s requests.");
        }
        return updates.add(council.slug(), update);
    }

    /** The update the fields describe, or a 400 naming the first field missing or wrong. */
    private static ClientUpdates.ClientUpdate update(PostedRequest posted, String client) {
        String reference = posted.required("service_request_id", "the request's reference, such as TAM-2611-0042")
                .toUpperCase(Locale.ROOT);
        if (!ClientUpdates.isReference(reference)) {
            throw PostedRequest.invalid("service_request_id",
                    "service_request_id must be a request's reference, such as TAM-2611-0042.");
        }
        String updateId = posted.required("update_id", "your own id for this update");
        if (updateId.length() > MAX_UPDATE_ID || updateId.chars().anyMatch(Character::isISOControl)) {
            throw PostedRequest.invalid("update_id", "update_id must be 1 to " + MAX_UPDATE_ID + " characters on one line.");
        }
        DateWindow.time("updated_datetime", posted.required("updated_datetime",
                "when the resident made the update, such as 2026-11-23T18:40:00Z"));
        String status = posted.required("status", "one of " + String.join(", ", STATUSES));
        if (!STATUSES.contains(status)) {
            throw PostedRequest.invalid("status", "status must be one of " + String.join(", ", STATUSES) + ".");
        }
        boolean reopen = status.equals("REOPEN") || status.equals("OPEN");
        String words = status.equals("REOPEN") ? posted.field("description")
                : posted.required("description", "the resident's words");
        if (words != null && words.length() > WorkQueue.MAX_NOTE) {
            throw PostedRequest.invalid("description", "description must be " + WorkQueue.MAX_NOTE + " characters or fewer.");
        }
        return new ClientUpdates.ClientUpdate(reference, client, updateId, status, reopen, words);
    }
}
