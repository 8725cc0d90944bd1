package uk.tierless.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;
import uk.tierless.platform.DatesInWords;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * An address's next collections (docs/alerts.md, Bin days): its council's rounds for it over the next
 * {@value #WEEKS} weeks from today in London, the council's changed days applied and flagged.
 */
@ApplicationScoped
public class BinDays {

    /** The service in the catalogue that the bin-day page answers, for the councils that have rounds. */
    public static final String SERVICE = "bin-collection-day";
    static final int WEEKS = 8;

    /** An address and its collections, soonest first; none when its council has no round for it. */
    public record Upcoming(String uprn, String address, CouncilView council, LocalDate from,
                           List<Schedule.Collection> collections) {
    }

    @Inject
    Gazetteer gazetteer;

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    /** @throws uk.tierless.api.ApiException 400 for a malformed UPRN, 404 for an unknown one */
    public Upcoming next(String uprn) {
        return next(uprn, LocalDate.now(clock.withZone(DatesInWords.LONDON)));
    }

    public Upcoming next(String uprn, LocalDate today) {
        Place place = gazetteer.byUprn(uprn);
        CouncilView council = place.district();
        long number = Long.parseLong(place.addresses().get(0).uprn());
        List<Schedule.Collection> collections = tenantScope.call(council.slug(), () -> {
            List<Schedule.Round> rounds = CollectionRound.<CollectionRound>list("uprn", number).stream()
                    .map(CollectionRound::round).toList();
            if (rounds.isEmpty()) {
                return List.<Schedule.Collection>of();
            }
            List<Schedule.Change> changes = CollectionChange.<CollectionChange>list(
                    "usualDate between ?1 and ?2", today.minusDays(Schedule.MOST_DAYS_MOVED),
                    today.plusWeeks(WEEKS).plusDays(Schedule.MOST_DAYS_MOVED)).stream().map(CollectionChange::change).toList();
            return Schedule.between(rounds, changes, today, today.plusWeeks(WEEKS));
        });
        return new Upcoming(uprn, place.addresses().get(0).address(), council, today, collections);
    }

    /** Whether the council has imported rounds: then its bin-day tile leads to Tierless's own page. */
    public boolean hasRounds(String council) {
        return tenantScope.call(council, () -> CollectionRound.count() > 0);
    }
}
