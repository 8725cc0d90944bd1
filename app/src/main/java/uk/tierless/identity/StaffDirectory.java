package uk.tierless.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The staff of each council who have signed in, kept in the council's own staff table. */
@ApplicationScoped
public class StaffDirectory {

    /** A person using the API sends a token with every request; their sign-in is written at most this often. */
    static final Duration RECORD_INTERVAL = Duration.ofMinutes(5);

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    /** Creates or updates the person's row (display name, roles, last seen). */
    public void recordSignIn(Staff staff) {
        Instant now = Instant.now(clock);
        String key = staff.council() + "/" + staff.username() + "/" + staff.roles() + "/" + staff.displayName();
        Instant previous = lastRecorded.get(key);
        if (previous != null && previous.plus(RECORD_INTERVAL).isAfter(now)) {
            return;
        }
        tenantScope.run(staff.council(), () -> {
            StaffMember member = StaffMember.<StaffMember>find("username", staff.username()).firstResultOptional()
                    .orElseGet(() -> {
                        StaffMember created = new StaffMember();
                        created.username = staff.username();
                        created.firstSeenAt = now;
                        return created;
                    });
            member.displayName = staff.displayName();
            member.roles = staff.roles().stream().sorted().toList();
            member.lastSeenAt = now;
            member.persist();
        });
        lastRecorded.put(key, now);
    }

    public Optional<StaffMemberView> find(String council, String username) {
        return tenantScope.call(council, () -> StaffMember.<StaffMember>find("username", username)
                .firstResultOptional().map(StaffMemberView::of));
    }

    /** Everyone of the council who has signed in, by name: the people work can be assigned to. */
    public List<StaffMemberView> members(String council) {
        return tenantScope.call(council, () -> StaffMember.<StaffMember>listAll(io.quarkus.panache.common.Sort.by("displayName"))
                .stream().map(StaffMemberView::of).toList());
    }

    public record StaffMemberView(String username, String displayName, List<String> roles, Instant firstSeenAt,
                                  Instant lastSeenAt) {
        static StaffMemberView of(StaffMember member) {
            return new StaffMemberView(member.username, member.displayName, List.copyOf(member.roles),
                    member.firstSeenAt, member.lastSeenAt);
        }
    }
}
