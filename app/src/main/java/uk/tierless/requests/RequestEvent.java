package uk.tierless.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a request: who, when, from which status to which, a public note (the resident sees
 * it), a private note (staff only) and an assignment. Tenant-owned; never changed or deleted (a trigger refuses).
 */
@Entity
@Table(name = "request_events")
public class RequestEvent extends TenantOwned {

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(name = "private_note")
    public String privateNote;

    /** Set when this event assigned the request: the new assignee's username. */
    public String assignee;

    /** Set on the event that passed the request to another council: that council (the board counts it apart). */
    @Column(name = "handed_over_to")
    public String handedOverTo;

    /**
     * Set on an update an Open311 client posted (the client's name) or a back office sent ({@code back office:
     * <client>}), with the sender's own id for the update: unique per council, so a repeat is applied once.
     */
    public String client;

    @Column(name = "client_update_id")
    public String clientUpdateId;

    /** A new event of the request: from one status to another (or the same), with a public note or none. */
    static RequestEvent of(UUID request, Instant at, String from, String to, String note, String actor) {
        RequestEvent event = new RequestEvent();
        event.requestId = request;
        event.at = at;
        event.fromStatus = from;
        event.toStatus = to;
        event.note = note;
        event.actor = actor;
        return event;
    }

    /** What the resident sees: a change of status or a public note (not an assignment or a private note alone). */
    public boolean isPublic() {
        return note != null || !toStatus.equals(fromStatus);
    }
}
