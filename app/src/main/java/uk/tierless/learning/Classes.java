package uk.tierless.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.requests.BookingDesk;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A council's adult-learning courses and classes, and the places residents' requests hold in them (docs/bookings.md,
 * Classes). As the booking desk of the adult-learning service, it registers a request in the class chosen, or puts
 * it on the class's waiting list; the places themselves change in {@link Places}.
 */
@ApplicationScoped
public class Classes implements BookingDesk {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String SERVICE = "adult-learning";
    /** The yes/no question whose yes takes the concession fee. */
    static final String CONCESSION = "concession";

    /** What the API answers under "registration": position on the waiting list (1 = next), null when registered. */
    public record RegistrationAnswer(String state, Integer position) {

        static RegistrationAnswer of(Registration registration) {
            return new RegistrationAnswer(registration.state(), registration.position());
        }
    }

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    Places places;

    @Inject
    LearningConfig config;

    @Override
    public String choiceMember() {
        return "class";
    }

    @Override
    public String answerMember() {
        return "registration";
    }

    /** The council's adult-learning service, once it has a programme of classes. */
    @Override
    public boolean takes(String council, String service) {
        return SERVICE.equals(service) && tenantScope.joining(council, () -> Course.count() > 0);
    }

    @Override
    public Booked book(Booking booking) {
        Place place = places.register(booking.requestId(), classId(booking.choice()), concession(booking.answers()),
                booking.paymentId());
        Registration registration = registration(entityManager, place);
        ClassView taught = Places.view(place.courseClass);
        String acknowledgement = Place.REGISTERED.equals(place.state)
                ? "You have a place on " + ClassWords.title(taught) + ": " + ClassWords.when(taught) + "."
                : ClassWords.title(taught) + " is full, so you are number " + registration.position() + " on its waiting"
                + " list. If a place comes up we will email you, and hold it for you for "
                + config.offerHeldFor().toHours() + " hours" + (place.refundDue ? ". The waiting list is free, so we will"
                + " refund your payment now, and you pay when you accept a place." : ".");
        return new Booked(RegistrationAnswer.of(registration), acknowledgement, null);
    }

    @Override
    public Optional<Object> answer(String council, UUID requestId) {
        return of(council, requestId).map(RegistrationAnswer::of);
    }

    /**
     * The class fee, or its concession fee when the answer "concession" is yes; empty for a free class, and for a
     * full one: joining its waiting list is free, and an offered place is paid for when it is accepted.
     */
    @Override
    public OptionalLong charge(String council, String service, Map<String, Object> choice, Map<String, Object> answers) {
        ClassView taught = find(council, classId(choice)).orElseThrow(() -> ApiException.invalid("There is no class ‘"
                + classId(choice) + "’.", List.of(new ApiError.FieldError(Places.CHOICE, "no such class"))));
        boolean waitingListed = tenantScope.call(council, () -> places.hasNoRoom(taught.id()));
        return waitingListed ? OptionalLong.empty() : fee(taught, concession(answers));
    }

    /** What a place in the class costs: the fee, or the concession fee; empty when that is nothing. */
    static OptionalLong fee(ClassView taught, boolean concession) {
        if (taught.fee() == null) {
            return OptionalLong.empty();
        }
        long fee = concession && taught.concessionFee() != null ? taught.concessionFee() : taught.fee();
        return fee == 0 ? OptionalLong.empty() : OptionalLong.of(fee);
    }

    private static boolean concession(Map<String, Object> answers) {
        return "yes".equals(String.valueOf(answers.get(CONCESSION)));
    }

    @Override
    public Optional<TrackedBooking> tracked(String council, UUID requestId, String token) {
        return Place.<Place>find("requestId", requestId).firstResultOptional().map(place -> {
            ClassView taught = Places.view(place.courseClass);
            Registration registration = registration(entityManager, place);
            List<Row> rows = List.of(new Row("Class", ClassWords.title(taught)), new Row("When", ClassWords.when(taught)),
                    new Row("Your place", ClassWords.state(registration)));
            List<Link> actions = Place.CANCELLED.equals(place.state) ? List.of()
                    : List.of(new Link(Place.OFFERED.equals(place.state) ? "Accept or turn down the place" : "Cancel your place",
                    "/track/" + token + "/class"));
            return new TrackedBooking("Your class", rows, actions);
        });
    }

    private static String classId(Map<String, Object> choice) {
        Object id = choice == null ? null : choice.get("id");
        if (!(id instanceof String text) || text.isBlank()) {
            throw ApiException.invalid("Send the class chosen as class: {id}, from GET /api/v1/classes.",
                    List.of(new ApiError.FieldError(Places.CHOICE, "the id of a class is required")));
        }
        return text.trim().toUpperCase(Locale.ROOT);
    }

    public List<CourseView> courses(String council) {
        return tenantScope.call(council, () -> Course.<Course>list("order by title").stream().map(Course::view).toList());
    }

    /** Classes open for registration (not cancelled, not closed), soonest first; a null filter is any. */
    public List<ClassView> classes(String council, String subject, String venue, DayOfWeek day) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        return tenantScope.call(council, () -> {
            Map<String, Long> taken = takenByClass(entityManager, null);
            return CourseClass.<CourseClass>list("select c from CourseClass c join fetch c.course where c.cancelledAt is null"
                            + " and c.registrationCloses >= ?1", today).stream()
                    .filter(taught -> subject == null || taught.course.subject.equalsIgnoreCase(subject))
                    .filter(taught -> venue == null || taught.venue.equalsIgnoreCase(venue))
                    .filter(taught -> day == null || taught.day == day)
                    .sorted(Comparator.comparing((CourseClass taught) -> taught.startDate).thenComparing(taught -> taught.startsAt)
                            .thenComparing(taught -> taught.code))
                    .map(taught -> taught.view(taken.getOrDefault(taught.code, 0L).intValue())).toList();
        });
    }

    public Optional<ClassView> find(String council, String classId) {
        return tenantScope.call(council, () -> CourseClass.<CourseClass>find("code", classId).firstResultOptional()
                .map(taught -> taught.view(takenByClass(entityManager, taught).getOrDefault(taught.code, 0L).intValue())));
    }

    public Optional<Registration> of(String council, UUID requestId) {
        return tenantScope.joining(council, () -> Place.<Place>find("requestId", requestId).firstResultOptional()
                .map(place -> registration(entityManager, place)));
    }

    /** Every course's demand in that term, from its classes and places (forecast snapshots past terms with it). */
    public List<CourseDemand> demandIn(String council, Term term) {
        return tenantScope.call(council, () -> {
            List<Object[]> rows = entityManager.createQuery("select c.course.code, c.capacity,"
                    + " (select count(p) from Place p where p.courseClass = c and p.state in ('registered', 'offered')),"
                    + " (select count(p) from Place p where p.courseClass = c and p.state = 'waiting')"
                    + " from CourseClass c where c.term = ?1 and c.cancelledAt is null", Object[].class)
                    .setParameter(1, term.id()).getResultList();
            Map<String, int[]> byCourse = new HashMap<>();
            for (Object[] row : rows) {
                int[] sums = byCourse.computeIfAbsent((String) row[0], course -> new int[3]);
                sums[0] += ((Number) row[2]).intValue();
                sums[1] += ((Number) row[3]).intValue();
                sums[2] += ((Number) row[1]).intValue();
            }
            return byCourse.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(entry -> new CourseDemand(entry.getKey(), term.id(), entry.getValue()[0], entry.getValue()[1],
                            entry.getValue()[2])).toList();
        });
    }

    /** Places taken (registered or offered) by class code: of one class, or of every class when it is null. */
    static Map<String, Long> takenByClass(EntityManager entityManager, CourseClass only) {
        var query = entityManager.createQuery("select p.courseClass.code, count(p) from Place p where p.state in"
                + " ('registered', 'offered')" + (only == null ? "" : " and p.courseClass = :only") + " group by p.courseClass.code",
                Object[].class);
        if (only != null) {
            query.setParameter("only", only);
        }
        Map<String, Long> taken = new HashMap<>();
        query.getResultList().forEach(row -> taken.put((String) row[0], ((Number) row[1]).longValue()));
        return taken;
    }

    /** A place as the API shows it: position counts the waiting places ahead of it in its class, and itself. */
    static Registration registration(EntityManager entityManager, Place place) {
        Integer position = null;
        if (Place.WAITING.equals(place.state)) {
            position = entityManager.createQuery("select count(p) from Place p where p.courseClass = ?1 and p.state = 'waiting'"
                    + " and p.queueNumber <= ?2", Long.class).setParameter(1, place.courseClass).setParameter(2, place.queueNumber)
                    .getSingleResult().intValue();
        }
        OptionalLong toPay = Place.OFFERED.equals(place.state) && place.paidAt == null
                ? fee(Places.view(place.courseClass), place.concession) : OptionalLong.empty();
        return new Registration(place.courseClass.code, place.state, position, place.offeredUntil,
                toPay.isPresent() ? toPay.getAsLong() : null);
    }
}
