package uk.tierless.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/** An audit event as the API shows it. */
public record AuditEventView(UUID id, String council, Instant occurredAt, String actor, String action, String summary,
                             String subject, JsonNode before, JsonNode after) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.id, event.tenantId, event.occurredAt, event.actor, event.action, event.summary,
                event.subject, event.before, event.after);
    }
}
