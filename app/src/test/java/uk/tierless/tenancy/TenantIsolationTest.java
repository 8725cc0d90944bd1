package uk.tierless.tenancy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.audit.AuditEvent;
import uk.tierless.audit.AuditLog;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenant isolation on the first tenant-owned table: one council never sees another's rows through Panache, HQL or
 * native SQL, and with no council set a tenant-owned query returns nothing (fail closed, never everything).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class TenantIsolationTest {

    private static final String A = "tamworth";
    private static final String B = "lichfield";

    @Inject
    AuditLog auditLog;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    private String marker;

    @BeforeEach
    void recordEventsInBothCouncils() {
        marker = UUID.randomUUID().toString();
        auditLog.record(A, "a.admin", "test.event", marker);
        auditLog.record(A, "a.admin", "test.event", marker);
        auditLog.record(B, "b.admin", "test.event", marker);
    }

    @Test
    void panacheSeesOnlyTheScopedCouncil() {
        List<AuditEvent> seenByA = tenantScope.call(A, () -> AuditEvent.list("summary", marker));
        List<AuditEvent> seenByB = tenantScope.call(B, () -> AuditEvent.list("summary", marker));

        assertThat(seenByA).hasSize(2).allSatisfy(event -> assertThat(event.tenantId).isEqualTo(A));
        assertThat(seenByB).hasSize(1).allSatisfy(event -> assertThat(event.tenantId).isEqualTo(B));
    }

    @Test
    void hqlCannotReachAnotherCouncilEvenWhenItAsks() {
        long bRowsSeenFromA = tenantScope.call(A, () -> entityManager
                .createQuery("select count(e) from AuditEvent e where e.tenantId = :other and e.summary = :marker", Long.class)
                .setParameter("other", B).setParameter("marker", marker).getSingleResult());

        assertThat(bRowsSeenFromA).isZero();
    }

    @Test
    void nativeSqlIsHeldByRowLevelSecurity() {
        List<String> tenantsSeenFromA = tenantScope.call(A, () -> entityManager
                .createNativeQuery("select tenant_id from audit_events where summary = :marker", String.class)
                .setParameter("marker", marker).getResultList());
        Number bRowsSeenFromA = tenantScope.call(A, () -> (Number) entityManager
                .createNativeQuery("select count(*) from audit_events where tenant_id = :other")
                .setParameter("other", B).getSingleResult());

        assertThat(tenantsSeenFromA).hasSize(2).containsOnly(A);
        assertThat(bRowsSeenFromA.longValue()).isZero();
    }

    @Test
    void nativeSqlCannotWriteIntoAnotherCouncil() {
        assertThatThrownBy(() -> tenantScope.run(A, () -> entityManager
                .createNativeQuery("insert into audit_events (id, tenant_id, occurred_at, actor, action, summary)"
                        + " values (gen_random_uuid(), :other, now(), 'intruder', 'test.event', :marker)")
                .setParameter("other", B).setParameter("marker", marker).executeUpdate()))
                .isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("row-level security");

        assertThat(tenantScope.call(B, () -> AuditEvent.count("summary", marker))).isEqualTo(1);
    }

    @Test
    void withNoCouncilSetEveryWayInFindsNothing() throws Exception {
        long panache = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("summary", marker));
        Number nativeSql = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("select count(*) from audit_events").getSingleResult());
        long plainJdbc;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from audit_events")) {
            count.next();
            plainJdbc = count.getLong(1);
        }

        assertThat(panache).isZero();
        assertThat(nativeSql.longValue()).isZero();
        assertThat(plainJdbc).isZero();
    }

    @Test
    void theSettingDoesNotLeakToTheNextTransactionOnThePooledConnection() {
        tenantScope.run(A, () -> AuditEvent.count());

        Number afterwards = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("select count(*) from audit_events").getSingleResult());

        assertThat(afterwards.longValue()).isZero();
    }
}
