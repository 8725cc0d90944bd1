package uk.tierless.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    public void record(String council, String actor, String action, String summary) {
        record(council, actor, action, summary, null, null, null);
    }

    /**
     * An event about one thing of the council ({@code subject}, such as {@code service:missed-bin}) with the thing
     * before and after, written in the work's own transaction when it runs in the council's scope, so the event and
     * the change commit together or not at all.
     */
    public void record(String council, String actor, String action, String summary, String subject, Object before,
                       Object after) {
        tenantScope.joining(council, () -> {
            AuditEvent event = new AuditEvent();
            event.occurredAt = Instant.now(clock);
            event.actor = actor;
            event.action = action;
            event.summary = summary;
            event.subject = subject;
            event.before = before == null ? null : JSON.valueToTree(before);
            event.after = after == null ? null : JSON.valueToTree(after);
            event.persist();
            return null;
        });
    }

    /** One thing's history, newest first. */
    public PageView<AuditEventView> history(String council, String subject, PageRequest request) {
        return tenantScope.call(council, () -> {
            var query = AuditEvent.<AuditEvent>find("subject", Sort.descending("occurredAt").and("id"), subject)
                    .page(Page.of(request.page() - 1, request.size()));
            return new PageView<>(query.stream().map(AuditEventView::of).toList(),
                    request.page(), request.size(), query.count());
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
