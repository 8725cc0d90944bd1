package uk.tierless.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.platform.Text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a place in a slot for a request, in the caller's transaction and the council's scope. The slot's row is
 * taken {@code for update}, so bookers of one slot queue and each sees the places the one before took; the place
 * rows and the unique index on held places are the backstop, so two bookings can never hold one place.
 */
@ApplicationScoped
class SlotBooking {

    static final String SLOT_FIELD = "appointment.slot";
    private static final int ALTERNATIVES = 5;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * The request's booking holding a place in the slot: a new one, or {@code moving} moved there. {@code lastDay}:
     * the window's last day, or null. Refuses with a 400 (no such slot, started, outside the window) or a 409
     * slot_taken with alternatives (full, blocked, withdrawn).
     */
    AppointmentBooking hold(UUID requestId, String slotId, LocalDate lastDay, AppointmentBooking moving) {
        Instant now = Instant.now(clock);
        Slot slot = locked(slotId).orElseThrow(() -> invalid(
                "There is no such appointment slot: choose one from /api/v1/appointments/slots"));
        if (!slot.startsAt.isAfter(now)) {
            throw invalid("The appointment on " + AppointmentWords.when(slot.startsAt) + " has already started: choose a later one");
        }
        LocalDate day = AppointmentWords.dayOf(slot.startsAt);
        if (lastDay != null && day.isAfter(lastDay)) {
            throw invalid(tooLate(day, lastDay));
        }
        if (moving != null && slot.id.equals(moving.slotId) && moving.place != null) {
            return moving;
        }
        if (!slot.offered()) {
            throw ApiException.slotTaken("The appointment on " + AppointmentWords.when(slot.startsAt)
                    + " is no longer available: choose another", alternatives(slot, lastDay));
        }
        Optional<Short> place = freePlace(slot);
        if (place.isEmpty()) {
            throw ApiException.slotTaken("The appointment on " + AppointmentWords.when(slot.startsAt)
                    + " has just been taken: choose another", alternatives(slot, lastDay));
        }
        AppointmentBooking booking = moving != null ? moving : new AppointmentBooking();
        if (moving == null) {
            booking.requestId = requestId;
            booking.bookedAt = now;
            booking.lastDay = lastDay;
        } else {
            booking.sequence++;
            booking.remindedAt = null;
        }
        booking.slotId = slot.id;
        booking.place = place.get();
        booking.state = AppointmentBooking.BOOKED;
        booking.changedAt = now;
        try {
            booking.persist();
            entityManager.flush();
        } catch (PersistenceException e) {
            // The unique index on held places refused it: the slot's lock makes this unreachable, but it is the backstop.
            throw ApiException.slotTaken("The appointment on " + AppointmentWords.when(slot.startsAt)
                    + " has just been taken: choose another", List.of());
        }
        return booking;
    }

    /** "The appointment on Monday 11 January 2027 is too late: a birth must be registered within 42 days, by ...". */
    static String tooLate(LocalDate day, LocalDate lastDay) {
        AppointmentSettings settings = AppointmentSettings.find();
        String within = settings == null || settings.windowDays == null ? "" : " within " + settings.windowDays + " days";
        return "The appointment on " + AppointmentWords.day(day) + " is too late: a birth must be registered" + within
                + ", by " + AppointmentWords.day(lastDay) + ". Choose an earlier one"
                + (settings == null ? "" : ", or call the register office on " + settings.phone);
    }

    /** Up to five bookable slots with a free place inside the window: the same office's first, soonest first. */
    @SuppressWarnings("unchecked")
    List<SlotView> alternatives(Slot taken, LocalDate lastDay) {
        Instant until = lastDay == null ? Instant.now(clock).plus(Duration.ofDays(366))
                : lastDay.plusDays(1).atStartOfDay(SlotGenerator.LONDON).toInstant();
        List<Object[]> rows = entityManager.createNativeQuery(OpenSlots.SELECT
                        + " where not s.withdrawn and s.blocked_reason is null and s.starts_at > :now and s.starts_at < :until"
                        + " and s.id <> :taken group by s.id having s.places > count(b.id)"
                        + " order by (s.office_id = :office) desc, s.starts_at limit " + ALTERNATIVES)
                .setParameter("now", Instant.now(clock)).setParameter("until", until)
                .setParameter("taken", taken.id).setParameter("office", taken.officeId).getResultList();
        return rows.stream().map(OpenSlots::view).toList();
    }

    private Optional<Slot> locked(String slotId) {
        return Text.uuid(slotId).flatMap(id -> entityManager.createQuery("from Slot where id = ?1", Slot.class)
                .setParameter(1, id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst());
    }

    private Optional<Short> freePlace(Slot slot) {
        return entityManager.createNativeQuery("select p.place from appointment_places p where p.slot_id = :slot"
                        + " and p.place <= :places and not exists (select 1 from appointment_bookings b"
                        + " where b.tenant_id = p.tenant_id and b.slot_id = p.slot_id and b.place = p.place)"
                        + " order by p.place limit 1", Short.class)
                .setParameter("slot", slot.id).setParameter("places", slot.places).getResultStream().findFirst();
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid(message, List.of(new ApiError.FieldError(SLOT_FIELD, message)));
    }
}
