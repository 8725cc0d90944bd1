package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.Charge;
import uk.tierless.catalogue.ServiceCatalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The booking desks ({@link BookingDesk}) of the features that book things with requests, found through CDI so that
 * requests depends on none of them: which desk books a council's service, the resident's choice for it, the booking
 * in the request's transaction, and what the desks show on a tracking page.
 */
@ApplicationScoped
class BookingDesks {

    @Inject
    @Any
    Instance<BookingDesk> desks;

    @Inject
    ServiceCatalogue catalogue;

    /** The desk that books this council's service, if it is booked at all. */
    Optional<BookingDesk> of(String council, String service) {
        return desks.stream().filter(desk -> desk.takes(council, service)).findFirst();
    }

    /**
     * The choice a submission makes at the desk: the object under the desk's member, or a 400 naming it. An Open311
     * client cannot make one, so it is told the resident books on the portal.
     */
    Map<String, Object> choiceFor(BookingDesk desk, Requests.Submission submission) {
        Object choice = submission.choices() == null ? null : submission.choices().get(desk.choiceMember());
        if (choice instanceof Map<?, ?> given && !given.isEmpty()) {
            Map<String, Object> checked = new HashMap<>();
            given.forEach((key, value) -> checked.put(String.valueOf(key), value));
            return checked;
        }
        String service = catalogue.require(submission.service()).name();
        if (Channels.OPEN311.equals(submission.channel())) {
            throw ApiException.invalid("‘" + service + "’ is booked on the portal, where the resident chooses a time or"
                    + " a place: Open311 cannot carry that choice.", List.of());
        }
        throw ApiException.invalid("‘" + service + "’ needs a booking: send " + desk.choiceMember() + " with your choice"
                + " (docs/bookings.md).", List.of(new ApiError.FieldError(desk.choiceMember(),
                desk.choiceMember() + " is required for this service")));
    }

    /** What the choice costs at its desk, taken before the request is made (a class's fee), or empty: free. */
    Optional<Charge> charge(BookingDesk desk, Making making, String council) {
        OptionalLong amount = desk.charge(council, making.service(), making.choice(), everyAnswer(making));
        return amount.isPresent() ? Optional.of(new Charge(amount.getAsLong(), catalogue.require(making.service()).name(),
                List.of())) : Optional.empty();
    }

    /** A booking made, and the member of the API's answer it goes under. */
    record Made(String answerMember, BookingDesk.Booked booked) {
    }

    /** Books the request's choice at the desk of its service, in the request's transaction; empty if it books nothing. */
    Optional<Made> book(Making making, String council, UUID requestId, String reference, String paymentId) {
        if (making.choice() == null) {
            return Optional.empty();
        }
        BookingDesk desk = of(council, making.service()).orElseThrow(() -> ApiException.invalid(
                "‘" + catalogue.require(making.service()).name() + "’ takes no bookings any more.", List.of()));
        return Optional.of(new Made(desk.answerMember(), desk.book(new BookingDesk.Booking(council, making.service(),
                requestId, reference, making.choice(), everyAnswer(making), paymentId))));
    }

    /** What was booked for a request made before, under the member of the API's answer; empty for none. */
    Map<String, Object> answered(String council, String service, UUID requestId) {
        return of(council, service).flatMap(desk -> desk.answer(council, requestId)
                .map(answer -> Map.<String, Object>of(desk.answerMember(), answer))).orElse(Map.of());
    }

    /** What the desks hold for a request, for its tracking page, in the council's scope. */
    List<BookingDesk.TrackedBooking> tracked(String council, String service, UUID requestId, String token) {
        return of(council, service).flatMap(desk -> desk.tracked(council, requestId, token)).stream().toList();
    }

    private static Map<String, Object> everyAnswer(Making making) {
        Map<String, Object> answers = new HashMap<>(making.facts());
        answers.putAll(making.personal());
        return answers;
    }
}
