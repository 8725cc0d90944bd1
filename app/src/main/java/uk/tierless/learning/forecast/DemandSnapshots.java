package uk.tierless.learning.forecast;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.learning.Classes;
import uk.tierless.learning.CourseDemand;
import uk.tierless.learning.Term;
import uk.tierless.platform.LogSafe;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps course_term_demand up to date from learning's classes: at start and then daily, each course in each term of
 * the last three years that has begun is recorded if it is not yet, and in the current term again (its waiting lists
 * still move). A course with no places, no registrations and no one waiting in a term is not recorded for it. With the
 * demo data (and the board's demo history switch on), Worcestershire first gets three years of generated history.
 */
@ApplicationScoped
public class DemandSnapshots {

    private static final Logger LOG = Logger.getLogger(DemandSnapshots.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Three years of terms. */
    private static final int TERMS = 9;

    @Inject
    Classes classes;

    @Inject
    DemandHistory history;

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    TierlessConfig config;

    @Inject
    Clock clock;

    /** After learning's demo programme (45) is loaded. A snapshot that fails waits for the next run, not the start. */
    void onStart(@Observes @Priority(60) StartupEvent event) {
        if (config.demoDataDir().isPresent() && config.demoHistory()) {
            loadDemoIfEmpty();
        }
        try {
            snapshotAll();
        } catch (RuntimeException e) {
            LOG.warn("The course demand snapshot at start failed; the daily one tries again", LogSafe.withoutMessages(e));
        }
    }

    /** Daily unless tierless.forecasts.snapshot-every (TIERLESS_FORECASTS_SNAPSHOT_EVERY) says otherwise. */
    @Scheduled(every = "${tierless.forecasts.snapshot-every:24h}", delayed = "${tierless.forecasts.snapshot-every:24h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void snapshotAll() {
        Term current = currentTerm();
        for (CouncilView council : councils.members()) {
            if (!classes.courses(council.slug()).isEmpty()) {
                snapshot(council.slug(), current);
            }
        }
    }

    /** The term today is in (London): the forecast is for the one after it. */
    public Term currentTerm() {
        return Term.of(LocalDate.now(clock.withZone(LONDON)));
    }

    /** Records the council's courses in its terms up to {@code current} not recorded yet, and in {@code current} again. */
    public void snapshot(String council, Term current) {
        Map<String, Set<String>> recorded = history.coursesByTerm(council);
        for (Term term : threeYearsTo(current)) {
            Set<String> courses = recorded.getOrDefault(term.id(), Set.of());
            List<CourseDemand> demands = classes.demandIn(council, term).stream()
                    .filter(demand -> term.equals(current) || !courses.contains(demand.course()))
                    .filter(demand -> demand.capacity() > 0 || demand.registrations() > 0 || demand.waiting() > 0)
                    .toList();
            if (!demands.isEmpty()) {
                history.record(council, demands, false);
            }
        }
    }

    /** The three years of terms up to and including {@code current}, oldest first. */
    static List<Term> threeYearsTo(Term current) {
        List<Term> terms = new ArrayList<>();
        Term term = current;
        for (int left = TERMS; left > 0; left--) {
            terms.add(0, term);
            term = term.previous();
        }
        return terms;
    }

    /** Writes the demo history unless the demo council has some history already; answers whether it did. */
    boolean loadDemoIfEmpty() {
        if (councils.bySlug(DemoDemand.COUNCIL).isEmpty()) {
            return false;
        }
        List<Term> terms = threeYearsTo(currentTerm());
        boolean loaded = tenantScope.call(DemoDemand.COUNCIL, () -> {
            if (!history.lockedAndEmpty(DemoDemand.COUNCIL)) {
                return false;
            }
            history.record(DemoDemand.COUNCIL, DemoDemand.of(terms), true);
            return true;
        });
        if (loaded) {
            LOG.infof("Demo course history generated for %s, %s to %s", DemoDemand.COUNCIL, terms.get(0).label(),
                    terms.get(terms.size() - 1).label());
        }
        return loaded;
    }
}
