package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A resident's update to their request, posted by the Open311 client that filed it (FixMyStreet): one event, by
 * {@code resident via <client>}, with the resident's words as its private note (staff see them; the public reads and
 * the tracking page never do: a resident's words can name people). A reopening of a closed request moves it to
 * {@code reopened} as a staff reopening does, with a public note; no other status a client sends changes the
 * council's status. The resident is not told of their own update. A client sends each update once to a council: its
 * id for it is unique there (a unique index), so a repeat, even one raced with the first, is refused.
 */
@ApplicationScoped
public class ClientUpdates {

    /** The public note of a reopening by the resident, so the reads show why it is open again. */
    public static final String REOPENED_NOTE = "Reopened by the resident.";

    /** The unique index on a council's client and client update id: it refuses an update a second time. */
    static final String CLIENT_UPDATE_INDEX = "request_events_client_update_idx";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    RequestChanges changes;

    @Inject
    CouncilDirectory councils;

    /**
     * An update: {@code status} the client's word for it, kept as said; {@code reopen} set when the resident asks
     * for the request to be open again; {@code words} what the resident wrote, or null.
     */
    public record ClientUpdate(String reference, String client, String clientUpdateId, String status, boolean reopen,
                               String words) {
    }

    /** Whether the text has the shape of a Tierless reference, such as TAM-2611-0042 (upper case). */
    public static boolean isReference(String text) {
        return Tracking.REFERENCE.matcher(text).matches();
    }

    /** The member council whose reference this is, by its prefix. */
    public Optional<CouncilView> councilOf(String reference) {
        var parsed = Tracking.REFERENCE.matcher(reference);
        return parsed.matches() ? councils.byReferencePrefix(parsed.group(1)).filter(CouncilView::member) : Optional.empty();
    }

    /** Records the update on the council's request: the new event's id; a 404 for no such request, 400 for a repeat. */
    public UUID add(String council, ClientUpdate update) {
        try {
            return tenantScope.call(council, () -> {
                ServiceRequest request = ServiceRequest.<ServiceRequest>find("reference", update.reference())
                        .firstResultOptional().orElseThrow(() -> ApiException.notFound(
                                "There is no request " + update.reference() + "."));
                // As a staff change does: one change at a time to a request, so a repeat waits and then sees the first.
                entityManager.lock(request, LockModeType.PESSIMISTIC_WRITE);
                if (RequestEvent.count("client = ?1 and clientUpdateId = ?2", update.client(), update.clientUpdateId()) > 0) {
                    throw repeated(update);
                }
                boolean reopens = update.reopen() && !Lifecycle.isOpen(request.status);
                RequestEvent event = changes.event(request, reopens ? Lifecycle.REOPENED : request.status,
                        reopens ? REOPENED_NOTE : null, privateNote(update, request), "resident via " + update.client());
                event.client = update.client();
                event.clientUpdateId = update.clientUpdateId();
                changes.write(request, event);
                entityManager.flush();
                return event.id;
            });
        } catch (RuntimeException e) {
            if (!Requests.refusedBy(e, CLIENT_UPDATE_INDEX)) {
                throw e;
            }
            throw repeated(update);
        }
    }

    /** The resident's words, with the status the client sent where it is not a reopening (the council's stays). */
    private static String privateNote(ClientUpdate update, ServiceRequest request) {
        if (update.reopen()) {
            return update.words() != null ? update.words()
                    : Lifecycle.isOpen(request.status) ? "Asked for it to be reopened while it was open." : null;
        }
        return "Sent as " + update.status() + ": " + update.words();
    }

    private static ApiException repeated(ClientUpdate update) {
        String id = SAFE_ID.matcher(update.clientUpdateId()).matches() ? " " + update.clientUpdateId() : "";
        String message = "update_id" + id + " has already been received: an update is sent once.";
        return ApiException.invalid(message, List.of(new ApiError.FieldError("update_id", message)));
    }
}
