package uk.tierless.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.requests.BookedRequests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The places in classes, changed only with the class's row taken FOR UPDATE, so that registrations, cancellations,
 * offers and moves of one class queue and a class never goes past its capacity. Everything here runs in the caller's
 * transaction and council scope; residents are told through {@link BookedRequests} in it.
 */
@ApplicationScoped
class Places {

    static final String CHOICE = "class.id";

    @Inject
    EntityManager entityManager;

    @Inject
    BookedRequests bookedRequests;

    @Inject
    LearningConfig config;

    @Inject
    Clock clock;

    /**
     * A place for the request: registered while there is room and no one waiting, else on the waiting list. A place
     * paid for ({@code paymentId}) that has to wait is due a refund: the waiting list is free.
     */
    Place register(UUID requestId, String classId, boolean concession, String paymentId) {
        CourseClass taught = locked(classId).orElseThrow(() -> ApiException.invalid("There is no class ‘" + classId
                + "’: choose one from the classes on offer.", List.of(new ApiError.FieldError(CHOICE, "no such class"))));
        String title = ClassWords.title(view(taught));
        if (taught.cancelledAt != null) {
            throw ApiException.invalid(title + " was cancelled: choose another class.",
                    List.of(new ApiError.FieldError(CHOICE, "the class was cancelled")));
        }
        LocalDate today = LocalDate.now(clock.withZone(Classes.LONDON));
        if (today.isAfter(taught.registrationCloses)) {
            throw ApiException.invalid("Registration for " + title + " closed on " + ClassWords.day(taught.registrationCloses)
                    + ": choose another class.", List.of(new ApiError.FieldError(CHOICE, "registration closed on "
                    + taught.registrationCloses)));
        }
        Place place = new Place();
        place.courseClass = taught;
        place.requestId = requestId;
        place.changedAt = Instant.now(clock);
        boolean room = taken(taught) < taught.capacity && waiting(taught).isEmpty();
        place.state = room ? Place.REGISTERED : Place.WAITING;
        place.queueNumber = lastQueueNumber(taught) + 1;
        place.concession = concession;
        if (paymentId != null) {
            place.paymentId = paymentId;
            place.paidAt = place.changedAt;
            place.refundDue = !room;
        }
        place.persist();
        return place;
    }

    /** Whether a registration for the class now would wait: it is full, or someone waits already. */
    boolean hasNoRoom(String classId) {
        return CourseClass.<CourseClass>find("code", classId).firstResultOptional()
                .map(taught -> taken(taught) >= taught.capacity
                        || Place.count("courseClass = ?1 and state = ?2", taught, Place.WAITING) > 0).orElse(false);
    }

    /** The learner calls their place off: it frees, and is offered to the first waiting. */
    Place cancel(UUID requestId) {
        Place place = lockedPlaceOf(requestId).orElseThrow(() -> ApiException.notFound("There is no place to cancel."));
        if (Place.CANCELLED.equals(place.state)) {
            throw ApiException.conflict("This place is cancelled already.");
        }
        boolean freed = place.takesAPlace();
        change(place, Place.CANCELLED);
        if (freed) {
            offerFreedPlaces(place.courseClass);
        }
        return place;
    }

    /**
     * What accepting an offer came to: the place registered ({@code paymentKey} null), or the fee to pay first under
     * the payment key reserved for it.
     */
    record Acceptance(Place place, String paymentKey, long amount) {
        boolean registered() {
            return paymentKey == null;
        }
    }

    /**
     * The learner takes the place they were offered, while the offer stands: at once when it is free or paid for
     * already, else once they pay (the offer waits for a payment started, see {@link #lapse}).
     */
    Acceptance accept(UUID requestId) {
        Place place = lockedPlaceOf(requestId).orElseThrow(() -> ApiException.notFound("There is no place offered to you."));
        if (!Place.OFFERED.equals(place.state) || !place.offeredUntil.isAfter(Instant.now(clock))) {
            throw ApiException.conflict("There is no place offered to you now: an offer is held for "
                    + config.offerHeldFor().toHours() + " hours, then passes to the next on the waiting list.");
        }
        OptionalLong fee = place.paidAt != null ? OptionalLong.empty() : Classes.fee(view(place.courseClass), place.concession);
        if (fee.isEmpty()) {
            // Paid with the registration and not refunded yet: that payment pays for the place.
            place.refundDue = false;
            change(place, Place.REGISTERED);
            return new Acceptance(place, null, 0);
        }
        if (place.paymentKey == null) {
            place.paymentKey = PlacePayments.PURPOSE + "-" + UUID.randomUUID();
        }
        return new Acceptance(place, place.paymentKey, fee.getAsLong());
    }

    /**
     * An offer not accepted in time is withdrawn and the place offered to the next; false if it stands after all,
     * or waits for the payment the learner started (a payment always settles, within 90 minutes).
     */
    boolean lapse(UUID placeId, Instant now) {
        Place found = entityManager.find(Place.class, placeId);
        if (found == null) {
            return false;
        }
        CourseClass taught = locking(found).courseClass;
        if (!Place.OFFERED.equals(found.state) || found.offeredUntil.isAfter(now) || found.awaitsPayment()) {
            return false;
        }
        Instant offeredUntil = found.offeredUntil;
        change(found, Place.CANCELLED);
        bookedRequests.withdraw(found.tenantId, found.requestId, "The place we offered you on "
                + ClassWords.title(view(taught)) + " was not accepted by " + ClassWords.moment(offeredUntil)
                + ", so it has passed to the next person on the waiting list.", null);
        offerFreedPlaces(taught);
        return true;
    }

    /** Staff move a learner to another class of the same course, which must have room; the old place is offered on. */
    Place move(UUID requestId, String toClassId) {
        Place place = placeOf(requestId).orElseThrow(() -> ApiException.notFound("There is no such learner."));
        CourseClass from = place.courseClass;
        CourseClass to = locked(toClassId).filter(other -> other.course.id.equals(from.course.id) && other.cancelledAt == null)
                .orElseThrow(() -> ApiException.invalid("Choose another class of " + from.course.title + ".",
                        List.of(new ApiError.FieldError("to", "not a class of this course that is running"))));
        entityManager.find(CourseClass.class, from.id, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(place);
        if (to.id.equals(from.id) || Place.CANCELLED.equals(place.state)) {
            throw ApiException.conflict("This learner cannot be moved to that class.");
        }
        if (taken(to) >= to.capacity) {
            throw ApiException.conflict(ClassWords.title(view(to)) + " is full: move the learner to a class with room.");
        }
        boolean freed = place.takesAPlace();
        place.courseClass = to;
        place.queueNumber = lastQueueNumber(to) + 1;
        change(place, Place.REGISTERED);
        if (freed) {
            offerFreedPlaces(from);
        }
        return place;
    }

    /** The class is called off: every place in it cancelled, and due a refund if paid for; answers them. */
    List<Place> cancelClass(String classId, String reason) {
        CourseClass taught = locked(classId).orElseThrow(() -> ApiException.notFound("There is no class ‘" + classId + "’."));
        if (taught.cancelledAt != null) {
            throw ApiException.conflict("This class is cancelled already.");
        }
        taught.cancelledAt = Instant.now(clock);
        taught.cancelReason = reason;
        List<Place> places = Place.list("courseClass = ?1 and state <> ?2", taught, Place.CANCELLED);
        places.forEach(place -> {
            change(place, Place.CANCELLED);
            place.refundDue = place.paidAt != null;
        });
        return places;
    }

    /** Offers every free place of the class, in waiting-list order, each held for the configured time. */
    private void offerFreedPlaces(CourseClass taught) {
        long free = taught.capacity - taken(taught);
        for (Place next : waiting(taught)) {
            if (free-- <= 0) {
                return;
            }
            change(next, Place.OFFERED);
            next.offeredUntil = next.changedAt.plus(config.offerHeldFor());
            bookedRequests.tell(next.tenantId, next.requestId, "A place has come up on " + ClassWords.title(view(taught))
                    + ". It is held for you until " + ClassWords.moment(next.offeredUntil) + ": open your tracking link and"
                    + " choose ‘Accept the place’, or it passes to the next person on the waiting list.", true, null);
        }
    }

    void change(Place place, String state) {
        place.state = state;
        place.offeredUntil = null;
        place.changedAt = Instant.now(clock);
    }

    Optional<CourseClass> locked(String classId) {
        return CourseClass.<CourseClass>find("code", classId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private Optional<Place> placeOf(UUID requestId) {
        return Place.find("requestId", requestId).firstResultOptional();
    }

    /** The request's place, locked as {@link #locking} does. */
    private Optional<Place> lockedPlaceOf(UUID requestId) {
        return placeOf(requestId).map(this::locking);
    }

    /** The place with its class locked first (the order every change takes them in), then read afresh. */
    Place locking(Place place) {
        entityManager.find(CourseClass.class, place.courseClass.id, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(place);
        return place;
    }

    private long taken(CourseClass taught) {
        return Place.count("courseClass = ?1 and state in (?2, ?3)", taught, Place.REGISTERED, Place.OFFERED);
    }

    private List<Place> waiting(CourseClass taught) {
        return Place.list("courseClass = ?1 and state = ?2 order by queueNumber", taught, Place.WAITING);
    }

    private int lastQueueNumber(CourseClass taught) {
        Integer last = entityManager.createQuery("select max(p.queueNumber) from Place p where p.courseClass = ?1", Integer.class)
                .setParameter(1, taught).getSingleResult();
        return last == null ? 0 : last;
    }

    static ClassView view(CourseClass taught) {
        return taught.view(0);
    }
}
