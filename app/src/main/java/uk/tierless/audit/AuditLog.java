package uk.tierless.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.tierless.api.PageRequest;
import uk.tierless.api.PageView;
import uk.tierless.tenancy.CouncilOnboarded;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;

/** Writes and reads a council's audit log, always inside that council's {@link TenantScope}. */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM_ACTOR = "system";

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    public void record(String council, String actor, String action, String summary) {
        tenantScope.run(council, () -> {
            AuditEvent event = new AuditEvent();
            event.occurredAt = Instant.now(clock);
            event.actor = actor;
            event.action = action;
            event.summary = summary;
            event.persist();
        });
    }

    /** Tenancy created a council from its files: the first event in its log. */
    void onboarded(@Observes CouncilOnboarded event) {
        record(event.council(), SYSTEM_ACTOR, "council.onboarded", "Council created from " + event.source());
    }

    /** Newest first. */
    public PageView<AuditEventView> page(String council, PageRequest request) {
        return tenantScope.call(council, () -> {
            var query = AuditEvent.<AuditEvent>findAll(Sort.descending("occurredAt").and("id"))
                    .page(Page.of(request.page() - 1, request.size()));
            return new PageView<>(query.stream().map(AuditEventView::of).toList(),
                    request.page(), request.size(), query.count());
        });
    }
}
