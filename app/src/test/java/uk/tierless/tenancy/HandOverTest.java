package uk.tierless.tenancy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.audit.AuditEvent;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link TenantScope#handOver}: work for a second council inside the first's transaction, through a session of its
 * own, commits with the first council's work, or neither commits.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class HandOverTest {

    private static final String FROM = "tamworth";
    private static final String TO = "staffordshire";

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    private String marker;

    @BeforeEach
    void newMarker() {
        marker = UUID.randomUUID().toString();
    }

    @Test
    void bothCouncilsWritesCommitTogetherEachAsItsOwnCouncil() {
        String[] actingAs = new String[2];
        tenantScope.run(FROM, () -> {
            event("before").persist();
            actingAs[0] = tenantScope.handOver(TO, session -> {
                session.persist(event("there"));
                return (String) session.createNativeQuery("select current_setting('app.tenant', true)").getSingleResult();
            });
            event("after").persist();
            actingAs[1] = (String) entityManager.createNativeQuery("select current_setting('app.tenant', true)")
                    .getSingleResult();
        });

        assertThat(actingAs).containsExactly(TO, FROM);
        assertThat(seenBy(FROM)).isEqualTo(2);
        assertThat(seenBy(TO)).isEqualTo(1);
        assertThat(tenantScope.call(TO, () -> AuditEvent.<AuditEvent>find("summary", marker).firstResult().actor))
                .isEqualTo("there");
    }

    @Test
    void aFailedWriteAtTheReceivingCouncilUndoesThePassingCouncilsWorkToo() {
        assertThatThrownBy(() -> tenantScope.run(FROM, () -> {
            event("before").persist();
            tenantScope.handOver(TO, session -> {
                session.persist(event("there"));
                AuditEvent incomplete = event("incomplete");
                incomplete.action = null;
                session.persist(incomplete);
                return null;
            });
        })).isInstanceOf(RuntimeException.class);

        assertThat(seenBy(FROM)).isZero();
        assertThat(seenBy(TO)).isZero();
    }

    @Test
    void aFailureAtThePassingCouncilAfterTheHandOverUndoesTheReceivingCouncilsWrites() {
        assertThatThrownBy(() -> tenantScope.run(FROM, () -> {
            tenantScope.handOver(TO, session -> {
                session.persist(event("there"));
                return null;
            });
            throw new IllegalStateException("the passing council's part failed");
        })).isInstanceOf(RuntimeException.class);

        assertThat(seenBy(TO)).isZero();
    }

    @Test
    void aHandOverNeedsACouncilsScopeToStartFrom() {
        assertThatThrownBy(() -> tenantScope.handOver(TO, session -> null)).isInstanceOf(IllegalStateException.class);
    }

    private AuditEvent event(String actor) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = actor;
        event.action = "test.hand-over";
        event.summary = marker;
        return event;
    }

    private long seenBy(String council) {
        return tenantScope.call(council, () -> AuditEvent.count("summary", marker));
    }
}
