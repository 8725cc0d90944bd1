package uk.tierless.appointments;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.requests.BookedRequests;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The reminder job: the day before an appointment (in London) the resident is told once. Each run claims the
 * council's booked appointments starting tomorrow that have no reminder yet ({@code FOR UPDATE SKIP LOCKED}, so
 * instances running at once take different ones) and marks them reminded in the transaction that queues the
 * message: a reminder is sent exactly once, or not at all if that transaction fails (the next run tries again).
 */
@ApplicationScoped
public class AppointmentReminders {

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    BookedRequests bookedRequests;

    @Inject
    Clock clock;

    @Scheduled(every = "${tierless.appointments.remind-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindAll() {
        remind(Instant.now(clock));
    }

    /** Reminds every council's residents whose appointment is the day after {@code now}; answers how many. */
    public int remind(Instant now) {
        LocalDate tomorrow = AppointmentWords.dayOf(now).plusDays(1);
        Instant from = tomorrow.atStartOfDay(SlotGenerator.LONDON).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(SlotGenerator.LONDON).toInstant();
        int reminded = 0;
        for (CouncilView council : councils.members()) {
            reminded += tenantScope.call(council.slug(), () -> remind(council.slug(), now, from, to));
        }
        return reminded;
    }

    @SuppressWarnings("unchecked")
    private int remind(String council, Instant now, Instant from, Instant to) {
        List<Object[]> due = entityManager.createNativeQuery("select b.id, b.request_id, s.starts_at, o.name, o.address"
                        + " from appointment_bookings b join appointment_slots s on s.id = b.slot_id"
                        + " join appointment_offices o on o.id = s.office_id"
                        + " where b.state = 'booked' and b.reminded_at is null and s.starts_at >= :from and s.starts_at < :to"
                        + " for update of b skip locked")
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : due) {
            entityManager.createNativeQuery("update appointment_bookings set reminded_at = :now where id = :id")
                    .setParameter("now", now).setParameter("id", row[0]).executeUpdate();
            bookedRequests.tell(council, (UUID) row[1], "Reminder: your appointment is tomorrow, "
                    + AppointmentWords.when(OpenSlots.instant(row[2])) + ", at " + row[3] + ", " + row[4] + ".", false, null);
        }
        return due.size();
    }
}
