package uk.tierless.appointments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantScope;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder the day before: once, however often the job runs, and not two days before. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AppointmentRemindersTest {

    @Inject
    AppointmentReminders reminders;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Test
    void theDayBeforeTheResidentIsRemindedExactlyOnce() {
        Map<String, Object> slot = Births.emptySlot("burton", 2);
        Instant start = Instant.parse((String) slot.get("start"));
        String reference = Births.register(Births.today().minusDays(4), (String) slot.get("id"), "remind@example.com")
                .then().statusCode(201).extract().path("reference");

        reminders.remind(start.minus(Duration.ofDays(2)));
        assertThat(reminders(reference)).as("two days before: not yet").isZero();

        reminders.remind(start.minus(Duration.ofDays(1)));
        reminders.remind(start.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(15)));
        reminders.remind(start.minus(Duration.ofHours(20)));

        assertThat(reminders(reference)).as("the day before, once").isEqualTo(1);
        assertThat(reminderText(reference)).contains("Reminder: your appointment is tomorrow, "
                + AppointmentWords.when(start) + ", at Burton upon Trent Register Office");
    }

    private long reminders(String reference) {
        return tenantScope.call("staffordshire", () -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_messages m join service_requests r on r.id = m.request_id"
                                + " where r.reference = :reference and m.body like '%Reminder: your appointment is tomorrow%'")
                .setParameter("reference", reference).getSingleResult()).longValue());
    }

    private String reminderText(String reference) {
        return tenantScope.call("staffordshire", () -> (String) entityManager.createNativeQuery(
                        "select m.body from outbox_messages m join service_requests r on r.id = m.request_id"
                                + " where r.reference = :reference and m.body like '%Reminder%'")
                .setParameter("reference", reference).getSingleResult());
    }
}
