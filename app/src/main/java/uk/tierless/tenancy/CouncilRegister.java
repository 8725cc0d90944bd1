package uk.tierless.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the councils that are not members up to date from a register of every council (the import of kind
 * {@code councils} reads the file). Members are configured in tenants/ and left as they are; no council is removed.
 */
@ApplicationScoped
public class CouncilRegister {

    @Inject
    Clock clock;

    @Inject
    CouncilDirectory councils;

    /** One council of the register, read and checked for its form; {@code line} is where it is in the file. */
    public record Entry(long line, String slug, String gss, String officialName, String shortName, Tier tier,
                        String countyGss, String website) {
    }

    /** Where an entry that cannot be applied is reported, with its line. */
    public interface Rejections {
        void reject(long line, String reason);
    }

    /** Creates or updates the councils of the entries, in one transaction, and returns how many Tierless serves. */
    public long apply(List<Entry> entries, Rejections rejections) {
        long served = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> slugByGss = new HashMap<>();
            Council.<Council>listAll().forEach(council -> slugByGss.put(council.gss, council.slug));
            entries.forEach(entry -> slugByGss.putIfAbsent(entry.gss(), entry.slug()));
            Instant now = Instant.now(clock);
            long serving = 0;
            for (Entry entry : entries) {
                Council council = Council.findById(entry.slug());
                if (council != null && council.member) {
                    serving++; // configured in tenants/: the files decide
                    continue;
                }
                if (council == null && slugByGss.containsKey(entry.gss()) && !slugByGss.get(entry.gss()).equals(entry.slug())) {
                    rejections.reject(entry.line(), entry.gss() + " already belongs to " + slugByGss.get(entry.gss()));
                    continue;
                }
                if (council == null) {
                    council = new Council();
                    council.slug = entry.slug();
                    council.member = false;
                    council.createdAt = now;
                }
                council.gss = entry.gss();
                council.officialName = entry.officialName();
                council.shortName = entry.shortName();
                council.tier = entry.tier();
                council.parentSlug = entry.tier() == Tier.DISTRICT ? slugByGss.get(entry.countyGss()) : null;
                council.website = entry.website() != null ? entry.website()
                        : "https://www.gov.uk/find-local-council/" + entry.slug();
                council.persist();
                serving++;
            }
            return serving;
        });
        councils.invalidate();
        return served;
    }
}
