package uk.tierless.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.platform.PageAbout;
import uk.tierless.requests.BookedRequests;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What a resident does with their appointment from the tracking link: see it, choose another time (a week of an
 * office's slots inside the booking's window), move it (told, with the new calendar file) or cancel it (the request
 * is withdrawn, with a calendar file that removes the event). Each change is one transaction.
 */
@ApplicationScoped
class ResidentAppointments {

    static final int DAYS_SHOWN = 7;

    @Inject
    BookedRequests bookedRequests;

    @Inject
    Appointments appointments;

    @Inject
    PageAbout pageAbout;

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    /** The request's appointment, by the tracking link's token: both exist, or a 404. */
    record Held(BookedRequests.BookedRequest request, AppointmentView appointment) {

        public boolean live() {
            return AppointmentBooking.BOOKED.equals(appointment.state());
        }
    }

    /** A week of one office's free slots: the days shown, their first day, and the weeks before and after if any. */
    record Week(List<OfficeView> offices, String office, List<SlotDay> days, LocalDate from, LocalDate earlier,
                LocalDate later, String noSlots) {
    }

    Held held(String token) {
        BookedRequests.BookedRequest request = bookedRequests.byToken(token)
                .orElseThrow(() -> ApiException.notFound("This tracking link does not open a request."));
        pageAbout.council(request.council());
        AppointmentView appointment = appointments.of(request.council(), request.requestId())
                .orElseThrow(() -> ApiException.notFound("This request has no appointment."));
        return new Held(request, appointment);
    }

    Week week(Held held, String office, LocalDate asked) {
        String council = held.request().council();
        return tenantScope.call(council, () -> {
            List<OfficeView> offices = appointments.offices(council);
            String chosen = offices.stream().map(OfficeView::id).filter(id -> id.equals(office)).findFirst()
                    .orElse(held.appointment().office().id());
            LocalDate today = AppointmentWords.today(clock);
            LocalDate lastDay = AppointmentBooking.ofRequest(held.request().requestId()).map(booking -> booking.lastDay)
                    .orElse(null);
            LocalDate from = asked == null || asked.isBefore(today) ? today : asked;
            LocalDate to = from.plusDays(DAYS_SHOWN - 1);
            if (lastDay != null && to.isAfter(lastDay)) {
                to = lastDay;
            }
            List<SlotDay> days = to.isBefore(from) ? List.of() : SlotDay.of(appointments.slots(council, chosen, from, to));
            LocalDate weekBefore = from.minusDays(DAYS_SHOWN);
            LocalDate earlier = !from.isAfter(today) ? null : weekBefore.isBefore(today) ? today : weekBefore;
            LocalDate later = lastDay == null || to.isBefore(lastDay) ? from.plusDays(DAYS_SHOWN) : null;
            String noSlots = days.isEmpty() && later == null && lastDay != null
                    ? appointments.noSlotsLeft(council, new Appointments.Window(today, lastDay)) : null;
            return new Week(offices, chosen, days, from, earlier, later, noSlots);
        });
    }

    String calendar(Held held) {
        return appointments.calendar(held.request().council(), held.request().requestId());
    }

    AppointmentView move(Held held, String slotId) {
        String council = held.request().council();
        return tenantScope.call(council, () -> {
            AppointmentView moved = appointments.move(council, held.request().requestId(), slotId);
            if (!moved.slot().equals(held.appointment().slot())) {
                bookedRequests.tell(council, held.request().requestId(), "Your appointment has moved to "
                        + AppointmentWords.when(moved.start()) + " at " + moved.office().name() + ", "
                        + moved.office().address() + ".", true,
                        Appointments.attachment(appointments.calendar(council, held.request().requestId())));
            }
            return moved;
        });
    }

    void cancel(Held held) {
        String council = held.request().council();
        tenantScope.run(council, () -> {
            appointments.cancel(council, held.request().requestId());
            bookedRequests.withdraw(council, held.request().requestId(), "You cancelled your appointment on "
                    + AppointmentWords.when(held.appointment().start()) + " at " + held.appointment().office().name() + ".",
                    Appointments.attachment(appointments.calendar(council, held.request().requestId())));
        });
    }
}
