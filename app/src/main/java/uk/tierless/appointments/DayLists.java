package uk.tierless.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.audit.AuditLog;
import uk.tierless.requests.BookedRequests;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The register office staff's side: an office's day list (every slot by time, its places and who holds them, by
 * request reference), marking an appointment attended or missed, and blocking or unblocking a slot with a reason.
 * Always in the staff member's own council's scope: another council's slot or booking is not found. Audited.
 */
@ApplicationScoped
class DayLists {

    private static final Set<String> MARKS = Set.of(AppointmentBooking.BOOKED, AppointmentBooking.ATTENDED,
            AppointmentBooking.NO_SHOW);

    @Inject
    TenantScope tenantScope;

    @Inject
    BookedRequests bookedRequests;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    record DayList(List<OfficeView> offices, OfficeView office, LocalDate day, List<SlotRow> slots) {
    }

    record SlotRow(String id, String time, int places, boolean withdrawn, String blockedReason, List<BookedRow> booked) {

        public int free() {
            return Math.max(0, places - booked.size());
        }
    }

    record BookedRow(UUID requestId, String reference, String state, String stateLabel) {
    }

    /** The office's day (the council's first office when none is named); empty offices: the council takes none. */
    DayList day(String council, String officeCode, LocalDate day) {
        return tenantScope.call(council, () -> {
            List<RegisterOffice> offices = RegisterOffice.inOrder();
            if (offices.isEmpty()) {
                return new DayList(List.of(), null, day, List.of());
            }
            RegisterOffice office = offices.stream().filter(o -> o.code.equals(officeCode)).findFirst().orElse(offices.get(0));
            Instant from = day.atStartOfDay(SlotGenerator.LONDON).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(SlotGenerator.LONDON).toInstant();
            List<Slot> slots = Slot.list("officeId = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt", office.id, from, to);
            List<UUID> slotIds = slots.stream().map(slot -> slot.id).toList();
            Map<UUID, List<AppointmentBooking>> bookings = slotIds.isEmpty() ? Map.of()
                    : AppointmentBooking.<AppointmentBooking>list("slotId in ?1 and place is not null order by place", slotIds)
                    .stream().collect(Collectors.groupingBy(booking -> booking.slotId));
            Map<UUID, String> references = bookedRequests.references(council, bookings.values().stream()
                    .flatMap(List::stream).map(booking -> booking.requestId).toList());
            List<SlotRow> rows = slots.stream()
                    .filter(slot -> !slot.withdrawn || bookings.containsKey(slot.id))
                    .map(slot -> new SlotRow(slot.id.toString(), AppointmentWords.time(slot.startsAt), slot.places,
                            slot.withdrawn, slot.blockedReason, bookings.getOrDefault(slot.id, List.of()).stream()
                            .map(booking -> new BookedRow(booking.requestId, references.getOrDefault(booking.requestId, ""),
                                    booking.state, AppointmentStates.label(booking.state))).toList()))
                    .toList();
            return new DayList(offices.stream().map(RegisterOffice::view).toList(), office.view(), day, rows);
        });
    }

    /** Marks a booked appointment attended or a no-show (or back to booked, to undo a slip). */
    void mark(String council, String actor, UUID requestId, String state) {
        if (!MARKS.contains(state)) {
            throw ApiException.invalid("Mark it attended, no-show or booked", List.of());
        }
        tenantScope.run(council, () -> {
            AppointmentBooking booking = AppointmentBooking.ofRequest(requestId).filter(b -> b.place != null)
                    .orElseThrow(() -> ApiException.notFound("There is no such appointment"));
            String before = booking.state;
            booking.state = state;
            booking.changedAt = Instant.now(clock);
            String reference = bookedRequests.references(council, List.of(requestId)).getOrDefault(requestId, "");
            auditLog.record(council, actor, "appointment.marked", "Appointment of " + reference + " marked "
                    + AppointmentStates.label(state).toLowerCase(), "appointment:" + requestId, Map.of("state", before),
                    Map.of("state", state));
        });
    }

    /** Blocks a slot (no one new can book it; who holds a place keeps it), or unblocks it with a null reason. */
    void block(String council, String actor, UUID slotId, String reason) {
        tenantScope.run(council, () -> {
            Slot slot = Slot.<Slot>findByIdOptional(slotId).orElseThrow(() -> ApiException.notFound("There is no such slot"));
            String when = AppointmentWords.when(slot.startsAt);
            auditLog.record(council, actor, reason == null ? "appointment.slot-unblocked" : "appointment.slot-blocked",
                    (reason == null ? "Slot unblocked: " : "Slot blocked: ") + when, "slot:" + slotId,
                    slot.blockedReason == null ? null : Map.of("blockedReason", slot.blockedReason),
                    reason == null ? null : Map.of("blockedReason", reason));
            slot.blockedReason = reason;
            slot.blockedBy = reason == null ? null : actor;
        });
    }
}
