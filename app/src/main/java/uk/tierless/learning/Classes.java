package uk.tierless.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A council's adult-learning courses and classes, and the places residents' requests hold in them (docs/bookings.md,
 * Classes). Reads; the places themselves change in {@link Places}.
 */
@ApplicationScoped
public class Classes {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

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
        return tenantScope.call(council, () -> Place.<Place>find("requestId", requestId).firstResultOptional()
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
        return new Registration(place.courseClass.code, place.state, position, place.offeredUntil);
    }
}
