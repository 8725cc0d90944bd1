package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.StaffDirectory;
import uk.tierless.notifications.Outbox;
import uk.tierless.platform.Text;
import uk.tierless.tenancy.CouncilDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static uk.tierless.platform.Text.blankToNull;

/**
 * What staff do to a request of their council: a new status (an allowed move only), notes, an assignee; closing it
 * as a duplicate of another; or passing it to another council ({@link RequestTransfer}). Each is an event in the
 * request's history, and the resident is told of what they can see.
 */
@ApplicationScoped
class RequestChanges {

    static final int MAX_UPDATE_ID = 100;

    @Inject
    CouncilDirectory councils;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Outbox outbox;

    @Inject
    RequestTransfer transfer;

    @Inject
    Requests requests;

    @Inject
    RequestCounts counts;

    @Inject
    Clock clock;

    /**
     * The checked change, made to {@code request}: loaded and locked in its council's scope (this transaction).
     */
    void apply(ServiceRequest request, WorkQueue.Change checked, ChangedBy by) {
        if (checked.transferTo() != null) {
            transfer.transfer(request, checked.transferTo(), checked.service(), checked.publicNote(),
                    checked.privateNote(), by.actor());
            return;
        }
        String note = checked.duplicateOf() == null ? checked.publicNote()
                : closeAsDuplicate(request, checked.duplicateOf(), checked.publicNote(), by);
        record(request, checked, note, by);
    }

    /**
     * The change with blanks as nulls, a duplicate as its status, or a 400 naming every field at fault. A back office
     * neither passes requests on nor closes them as duplicates (both are a caseworker's judgement), and only it sends
     * an {@code updateId}.
     */
    WorkQueue.Change checked(ChangedBy by, WorkQueue.Change change) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        String status = blankToNull(change.status());
        String publicNote = blankToNull(change.publicNote());
        String privateNote = blankToNull(change.privateNote());
        String assignee = blankToNull(change.assignee());
        String transferTo = blankToNull(change.transferTo());
        String duplicateOf = blankToNull(change.duplicateOf());
        String updateId = change.updateId() == null ? null : Text.oneLine(change.updateId(), MAX_UPDATE_ID);
        if (by.backOffice()) {
            refuseForBackOffice("transferTo", transferTo, "pass a request to another council", errors);
            refuseForBackOffice("duplicateOf", duplicateOf, "close a request as a duplicate", errors);
            if (change.updateId() != null && updateId == null) {
                errors.add(new ApiError.FieldError("updateId", "updateId must be your id for the update, 1 to "
                        + MAX_UPDATE_ID + " characters on one line"));
            }
        } else if (change.updateId() != null) {
            errors.add(new ApiError.FieldError("updateId", "updateId is for a back office's updates, sent with a Tierless-Key"));
        }
        if (transferTo != null || duplicateOf != null) {
            if (transferTo != null && duplicateOf != null || status != null || assignee != null) {
                errors.add(new ApiError.FieldError(transferTo != null ? "transferTo" : "duplicateOf",
                        "Pass a request on, or close it as a duplicate, on its own (with notes if you like)"));
            }
            status = transferTo != null ? null : "duplicate";
        }
        if (status == null && publicNote == null && privateNote == null && assignee == null && transferTo == null) {
            errors.add(new ApiError.FieldError("status", "Give a status, a note or an assignee"));
        }
        if (status != null && !Lifecycle.isStatus(status)) {
            errors.add(new ApiError.FieldError("status", "status must be one of " + String.join(", ", Lifecycle.all())));
        }
        checkLength("publicNote", publicNote, errors);
        checkLength("privateNote", privateNote, errors);
        if (assignee != null && !assignee.equals("none") && staffDirectory.find(by.council(), assignee).isEmpty()) {
            errors.add(new ApiError.FieldError("assignee", "Choose a colleague who has signed in to Tierless"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("The change is not valid.", errors);
        }
        return new WorkQueue.Change(status, publicNote, privateNote, assignee, transferTo, blankToNull(change.service()),
                duplicateOf, updateId);
    }

    /** Links the duplicate to the request it repeats (a private note there); answers the note for the resident. */
    private String closeAsDuplicate(ServiceRequest request, String duplicateOf, String publicNote, ChangedBy by) {
        ServiceRequest original = original(request, duplicateOf);
        request.duplicateOf = original.reference;
        RequestEvent linked = new RequestEvent();
        linked.requestId = original.id;
        linked.at = Instant.now(clock);
        linked.fromStatus = original.status;
        linked.toStatus = original.status;
        linked.privateNote = request.reference + " was closed as a duplicate of this request.";
        linked.actor = by.actor();
        linked.persist();
        return publicNote != null ? publicNote : "This is the same as request " + original.reference
                + ", which we are dealing with: its progress is shown here.";
    }

    /** The change as an event (a 409 for a move the lifecycle does not allow), and the resident told of it. */
    private void record(ServiceRequest request, WorkQueue.Change change, String note, ChangedBy by) {
        RequestEvent event = event(request, change.status() == null ? request.status : change.status(), note,
                change.privateNote(), by.actor());
        if (by.backOffice()) {
            event.client = by.actor();
            event.clientUpdateId = change.updateId();
        }
        if (change.assignee() != null) {
            String newAssignee = change.assignee().equals("none") ? null : change.assignee();
            if (!Objects.equals(newAssignee, request.assignee)) {
                event.assignee = change.assignee();
                request.assignee = newAssignee;
            }
        }
        if (!event.isPublic() && event.privateNote == null && event.assignee == null) {
            throw ApiException.invalid("Nothing to change: the request already has that status and assignee.",
                    List.of(new ApiError.FieldError("status", "Choose a new status, write a note or assign it to someone else")));
        }
        write(request, event);
        if (event.isPublic()) {
            tellResident(request, note);
        }
    }

    /** Queues the resident's email (or text) about what they can now see of their request: its status, the note. */
    void tellResident(ServiceRequest request, String note) {
        Outbox.Recipient resident = RequestContact.<RequestContact>find("requestId", request.id).firstResultOptional()
                .map(contact -> new Outbox.Recipient(contact.email, contact.phone))
                .orElse(new Outbox.Recipient(null, null));
        outbox.queue(Outbox.UPDATE, requests.about(request, councils.require(request.tenantId)), resident, note);
    }

    /** A new event of the request, by {@code actor}, moving it to {@code to}: a 409 for a move the lifecycle does not allow. */
    RequestEvent event(ServiceRequest request, String to, String note, String privateNote, String actor) {
        String from = request.status;
        if (!to.equals(from) && !Lifecycle.canMove(from, to)) {
            throw ApiException.invalidTransition("A request that is " + from + " cannot become " + to + ".",
                    Lifecycle.allowed(from));
        }
        RequestEvent event = RequestEvent.of(request.id, Instant.now(clock), from, to, note, actor);
        event.privateNote = privateNote;
        return event;
    }

    /** Writes the event, and moves the request to its status, counted for the board as every move is. */
    void write(ServiceRequest request, RequestEvent event) {
        event.persist();
        request.status = event.toStatus;
        request.updatedAt = event.at;
        counts.moved(request, event.fromStatus, event.at);
    }

    /** The request a duplicate repeats: another open or closed request of the same council. */
    private ServiceRequest original(ServiceRequest duplicate, String reference) {
        String normal = reference.trim().toUpperCase(Locale.ROOT);
        ServiceRequest original = ServiceRequest.<ServiceRequest>find("reference", normal).firstResultOptional()
                .filter(found -> !found.id.equals(duplicate.id))
                .orElseThrow(() -> ApiException.invalid("The change is not valid.", List.of(new ApiError.FieldError(
                        "duplicateOf", "Give the reference of another request of your council"))));
        if (original.duplicateOf != null) {
            throw ApiException.invalid("The change is not valid.", List.of(new ApiError.FieldError("duplicateOf",
                    original.reference + " is itself a duplicate of " + original.duplicateOf + ": use that one")));
        }
        return original;
    }

    private static void refuseForBackOffice(String field, String value, String what, List<ApiError.FieldError> errors) {
        if (value != null) {
            errors.add(new ApiError.FieldError(field, "A back office cannot " + what + ": a caseworker does that"));
        }
    }

    private static void checkLength(String field, String note, List<ApiError.FieldError> errors) {
        if (note != null && note.length() > WorkQueue.MAX_NOTE) {
            errors.add(new ApiError.FieldError(field, field + " must be " + WorkQueue.MAX_NOTE + " characters or fewer"));
        }
    }
}
