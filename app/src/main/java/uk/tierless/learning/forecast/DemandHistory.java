package uk.tierless.learning.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.tierless.learning.CourseDemand;
import uk.tierless.learning.Term;
import uk.tierless.tenancy.TenantScope;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The table course_term_demand: a council's courses' demand, term by term, as the forecast reads it. */
@ApplicationScoped
public class DemandHistory {

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    /** Every term recorded for the council's courses, by course and then term, oldest first. */
    public List<RecordedTerm> of(String council) {
        List<CourseTermDemand> rows = tenantScope.call(council, () -> CourseTermDemand.<CourseTermDemand>listAll());
        return rows.stream()
                .map(row -> new RecordedTerm(row.course, Term.parse(row.term), row.registrations, row.waiting,
                        row.capacity, row.generated))
                .sorted(Comparator.comparing(RecordedTerm::course).thenComparing(RecordedTerm::term))
                .toList();
    }

    /** The courses recorded in each term, by the term's id. */
    Map<String, Set<String>> coursesByTerm(String council) {
        return tenantScope.call(council, () -> CourseTermDemand.<CourseTermDemand>listAll().stream()
                .collect(Collectors.groupingBy(row -> row.term, Collectors.mapping(row -> row.course, Collectors.toSet()))));
    }

    /**
     * Records these (a course already recorded in a term is replaced), in the caller's transaction if it is the
     * council's scope, else in one of their own. One writer a council at a time (two instances starting together).
     */
    void record(String council, List<CourseDemand> demands, boolean generated) {
        Instant now = Instant.now(clock);
        tenantScope.joining(council, () -> {
            lockFor(council);
            for (CourseDemand demand : demands) {
                CourseTermDemand row = CourseTermDemand.<CourseTermDemand>find("course = ?1 and term = ?2",
                        demand.course(), demand.term()).firstResultOptional().orElseGet(() -> {
                            CourseTermDemand fresh = new CourseTermDemand();
                            fresh.course = demand.course();
                            fresh.term = demand.term();
                            return fresh;
                        });
                row.registrations = demand.registrations();
                row.waiting = demand.waiting();
                row.capacity = demand.capacity();
                row.generated = generated;
                row.recordedAt = now;
                row.persist();
            }
            return null;
        });
    }

    /** Whether the council has no term recorded, asked under the lock that {@link #record} takes. */
    boolean lockedAndEmpty(String council) {
        lockFor(council);
        return CourseTermDemand.count() == 0;
    }

    /** The transaction's lock on the council's history: two writers wait for each other. */
    private void lockFor(String council) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "course_term_demand " + council);
                lock.execute();
            }
        });
    }
}
