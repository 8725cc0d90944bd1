package uk.tierless.learning;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Staff;
import uk.tierless.platform.LogSafe;
import uk.tierless.requests.BookedRequests;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What learners and staff do with places (docs/bookings.md, Classes): a learner cancels or accepts an offer from
 * their tracking link, staff move a learner or cancel a class, and the offers job passes on offers not accepted in
 * time. Each in one transaction of the council's, the resident told in it.
 */
@ApplicationScoped
public class Learners {

    private static final Logger LOG = Logger.getLogger(Learners.class);

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Places places;

    @Inject
    BookedRequests bookedRequests;

    @Inject
    CouncilDirectory councils;

    @Inject
    PlacePayments placePayments;

    @Inject
    Clock clock;

    /** One learner in a class list: the request's reference, the place's state, position when waiting. */
    public record Learner(UUID requestId, String reference, Registration registration) {
    }

    /** The class with its learners, and the other running classes of its course (where a learner may move). */
    public record ClassList(ClassView taught, List<Learner> learners, List<ClassView> others) {
    }

    /** A class of the programme for staff: taken and waiting counts, cancelled or closed ones too. */
    public record ProgrammeRow(ClassView taught, int waiting) {
    }

    /** Every class of the council, soonest first. */
    public List<ProgrammeRow> programme(String council) {
        return tenantScope.call(council, () -> {
            Map<String, Long> taken = Classes.takenByClass(entityManager, null);
            Map<String, Long> waiting = new HashMap<>();
            entityManager.createQuery("select p.courseClass.code, count(p) from Place p where p.state = 'waiting'"
                    + " group by p.courseClass.code", Object[].class).getResultList()
                    .forEach(row -> waiting.put((String) row[0], ((Number) row[1]).longValue()));
            return CourseClass.<CourseClass>list("select c from CourseClass c join fetch c.course order by c.startDate, c.startsAt, c.code")
                    .stream().map(taught -> new ProgrammeRow(taught.view(taken.getOrDefault(taught.code, 0L).intValue()),
                            waiting.getOrDefault(taught.code, 0L).intValue())).toList();
        });
    }

    public void cancel(String council, UUID requestId) {
        tenantScope.run(council, () -> {
            Place place = places.cancel(requestId);
            bookedRequests.withdraw(council, requestId, "You cancelled your place on "
                    + ClassWords.title(Places.view(place.courseClass)) + ".", null);
        });
    }

    /** The learner takes the place offered: registered and told at once, or first sent to pay (the page answered). */
    public Optional<URI> accept(BookedRequests.BookedRequest request) {
        Places.Acceptance acceptance = tenantScope.call(request.council(), () -> {
            Places.Acceptance accepted = places.accept(request.requestId());
            if (accepted.registered()) {
                ClassView taught = Places.view(accepted.place().courseClass);
                bookedRequests.tell(request.council(), request.requestId(), "You accepted the place on "
                        + ClassWords.title(taught) + ": " + ClassWords.when(taught) + ".", true, null);
            }
            return accepted;
        });
        return acceptance.registered() ? Optional.empty() : Optional.of(placePayments.start(request, acceptance));
    }

    /** Staff move a learner to another class of the course; the learner is told. */
    public void move(String council, UUID requestId, String toClassId) {
        tenantScope.run(council, () -> {
            Place place = places.move(requestId, toClassId);
            ClassView taught = Places.view(place.courseClass);
            bookedRequests.tell(council, requestId, "We have moved you to " + ClassWords.title(taught) + ": "
                    + ClassWords.when(taught) + ".", true, null);
        });
    }

    /** Staff cancel a class: every learner told and their request closed, then each refunded what they paid. */
    public int cancelClass(String council, String classId, String reason, Staff by) {
        List<Place> held = tenantScope.call(council, () -> {
            ClassView taught = Places.view(places.locked(classId).orElseThrow(() ->
                    ApiException.notFound("There is no class ‘" + classId + "’.")));
            List<Place> cancelled = places.cancelClass(classId, reason);
            cancelled.forEach(place -> bookedRequests.withdraw(council, place.requestId, "We are sorry: "
                    + ClassWords.title(taught) + " is cancelled. " + reason + " Anything you paid for it is refunded.", null));
            return cancelled;
        });
        placePayments.refund(council, held.stream().filter(place -> place.refundDue).map(place -> place.id).toList(), by);
        // Places booked before changeset 2026-12-06-10 know no payment of their own: the request's is refunded.
        held.stream().filter(place -> place.paymentId == null).forEach(place -> bookedRequests.refundAll(council,
                place.requestId, "Class " + classId + " cancelled", by));
        return held.size();
    }

    /** The class with everyone who holds or waits for a place in it, registered first, then by waiting order. */
    public Optional<ClassList> classList(String council, String classId) {
        return tenantScope.call(council, () -> CourseClass.<CourseClass>find("code", classId).firstResultOptional().map(taught -> {
            List<Place> held = Place.list("courseClass = ?1 and state <> ?2 order by queueNumber", taught, Place.CANCELLED);
            Map<UUID, String> references = bookedRequests.references(council, held.stream().map(place -> place.requestId).toList());
            List<Learner> learners = held.stream()
                    .sorted(Comparator.comparing((Place place) -> !place.takesAPlace()))
                    .map(place -> new Learner(place.requestId, references.get(place.requestId),
                            Classes.registration(entityManager, place))).toList();
            List<ClassView> others = CourseClass.<CourseClass>list("course = ?1 and code <> ?2 and cancelledAt is null"
                    + " order by startDate, code", taught.course, taught.code).stream()
                    .map(other -> other.view(Classes.takenByClass(entityManager, other).getOrDefault(other.code, 0L).intValue()))
                    .toList();
            return new ClassList(taught.view((int) held.stream().filter(Place::takesAPlace).count()), learners, others);
        }));
    }

    @Scheduled(every = "${tierless.learning.offers-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireOffersNow() {
        expireOffers(Instant.now(clock));
    }

    /** Passes on every offer not accepted by {@code now}, council by council; answers how many lapsed. */
    public int expireOffers(Instant now) {
        int lapsed = 0;
        for (CouncilView council : councils.members()) {
            List<UUID> due = tenantScope.call(council.slug(), () -> entityManager.createQuery("select p.id from Place p"
                    + " where p.state = 'offered' and p.offeredUntil <= ?1 order by p.offeredUntil", UUID.class)
                    .setParameter(1, now).getResultList());
            for (UUID placeId : due) {
                try {
                    if (tenantScope.call(council.slug(), () -> places.lapse(placeId, now))) {
                        lapsed++;
                    }
                } catch (RuntimeException e) {
                    LOG.warnf(LogSafe.withoutMessages(e), "An offer of %s was not passed on; the next run tries again", council.slug());
                }
            }
        }
        return lapsed;
    }
}
