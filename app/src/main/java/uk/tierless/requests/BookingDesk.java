package uk.tierless.requests;

import uk.tierless.notifications.Attachment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A feature that books something with a request: an appointment, or a place in a class. Requests finds the desks
 * through CDI and asks the one that {@link #takes} a service to {@link #book} the resident's choice in the request's
 * own transaction, so a refused booking leaves no request behind.
 */
public interface BookingDesk {

    /** The member of {@code POST /api/v1/requests} that carries the resident's choice: "appointment" or "class". */
    String choiceMember();

    /** The member of the {@code 201} answer that carries what was booked: "appointment" or "registration". */
    String answerMember();

    /** Whether this council's service is booked at this desk. Called outside a transaction. */
    boolean takes(String council, String service);

    /**
     * Books the choice for a request being made, in the request's transaction and the council's scope (the request
     * is written and flushed). An {@code ApiException} refuses it, and everything the request wrote rolls back.
     */
    Booked book(Booking booking);

    /**
     * What {@link #book} answered for this request, as it stands now, for a repeated idempotency key; empty when the
     * desk holds nothing for it. In the council's scope and the caller's transaction.
     */
    Optional<Object> answer(String council, UUID requestId);

    /** What the desk shows on the request's tracking page (links to its own pages under /track/{token}/), if anything. */
    Optional<TrackedBooking> tracked(String council, UUID requestId, String token);

    /** The amount in pence to take before the request is made for this choice, or empty: free. Outside a transaction. */
    default OptionalLong charge(String council, String service, Map<String, Object> choice, Map<String, Object> answers) {
        return OptionalLong.empty();
    }

    /**
     * {@code choice}: the object sent under {@link #choiceMember()}; {@code answers}: every answer by question id;
     * {@code paymentId}: the payment of {@link #charge} the request was made after, or null when it was free.
     */
    record Booking(String council, String service, UUID requestId, String reference, Map<String, Object> choice,
                   Map<String, Object> answers, String paymentId) {
    }

    /**
     * {@code answer}: sent under {@link #answerMember()}; {@code acknowledgement}: a sentence for the acknowledgement
     * message; {@code calendar}: a file for the acknowledgement email, or null.
     */
    record Booked(Object answer, String acknowledgement, Attachment calendar) {
    }

    /** A section of the tracking page: its heading, summary-list rows and links. */
    record TrackedBooking(String heading, List<Row> rows, List<Link> actions) {
    }

    record Row(String key, String value) {
    }

    record Link(String label, String href) {
    }
}
