package uk.tierless.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.notifications.Attachment;
import uk.tierless.requests.BookedRequests;
import uk.tierless.requests.BookingDesk;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The register offices' booking desk (docs/bookings.md, Appointments): a council's offices and their free slots,
 * the window a resident may book in, and a request's appointment booked, moved, cancelled and as a calendar file.
 */
@ApplicationScoped
public class Appointments implements BookingDesk {

    public static final String MEMBER = "appointment";
    static final String CALENDAR_TYPE = "text/calendar";

    /** The days a resident may book in, first to last inclusive (last before first: none left). */
    public record Window(LocalDate first, LocalDate last) {
    }

    /** What a booking answers under "appointment": the slot, its times and the office. */
    public record Answer(String slot, Instant start, Instant end, Office office) {
    }

    public record Office(String id, String name, String address) {
    }

    @Inject
    TenantScope tenantScope;

    @Inject
    AppointmentSetup setup;

    @Inject
    SlotBooking slotBooking;

    @Inject
    BookedRequests bookedRequests;

    @Inject
    CouncilDirectory councils;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public String choiceMember() {
        return MEMBER;
    }

    @Override
    public String answerMember() {
        return MEMBER;
    }

    @Override
    public boolean takes(String council, String service) {
        return service != null && service.equals(setup.serviceOf(council));
    }

    public List<OfficeView> offices(String council) {
        return tenantScope.joining(council, () -> RegisterOffice.inOrder().stream().map(RegisterOffice::view).toList());
    }

    /** The office's bookable slots (not blocked, not withdrawn, not started) from one day to another, inclusive. */
    @SuppressWarnings("unchecked")
    public List<SlotView> slots(String council, String officeId, LocalDate from, LocalDate to) {
        return tenantScope.joining(council, () -> {
            RegisterOffice office = RegisterOffice.byCode(officeId).orElseThrow(() -> ApiException.notFound(
                    "There is no register office '" + officeId + "' at this council: see /api/v1/register-offices"));
            Instant start = from.atStartOfDay(SlotGenerator.LONDON).toInstant();
            Instant now = Instant.now(clock);
            List<Object[]> rows = entityManager.createNativeQuery(OpenSlots.SELECT
                            + " where s.office_id = :office and not s.withdrawn and s.blocked_reason is null"
                            + " and s.starts_at >= :from and s.starts_at < :to group by s.id order by s.starts_at")
                    .setParameter("office", office.id).setParameter("from", start.isAfter(now) ? start : now)
                    .setParameter("to", to.plusDays(1).atStartOfDay(SlotGenerator.LONDON).toInstant()).getResultList();
            return rows.stream().map(OpenSlots::view).toList();
        });
    }

    /** The window from the answer its rule names (42 days from the baby's date of birth), not before today. */
    public Optional<Window> window(String council, String service, Map<String, Object> answers) {
        return tenantScope.joining(council, () -> {
            AppointmentSettings settings = AppointmentSettings.find();
            if (settings == null || settings.windowFromAnswer == null || !settings.serviceCode.equals(service)) {
                return Optional.empty();
            }
            Object answer = answers == null ? null : answers.get(settings.windowFromAnswer);
            LocalDate from;
            try {
                from = LocalDate.parse(String.valueOf(answer));
            } catch (DateTimeParseException e) {
                String field = "answers." + settings.windowFromAnswer;
                String message = "Give the date " + settings.windowFromAnswer + " as 2026-11-25: the appointment depends on it";
                throw ApiException.invalid(message, List.of(new ApiError.FieldError(field, message)));
            }
            LocalDate today = AppointmentWords.today(clock);
            return Optional.of(new Window(from.isAfter(today) ? from : today, from.plusDays(settings.windowDays)));
        });
    }

    /**
     * What to tell a resident who has no slot left in the window, or null while some are: the last day, and to call
     * the register office.
     */
    public String noSlotsLeft(String council, Window window) {
        return tenantScope.joining(council, () -> {
            AppointmentSettings settings = AppointmentSettings.find();
            String call = "call the register office on " + settings.phone;
            if (window.last().isBefore(window.first())) {
                return "A birth must be registered within " + settings.windowDays + " days. The last day to register this"
                        + " birth was " + AppointmentWords.day(window.last()) + ", so there is no appointment left to book"
                        + " online: " + call + ".";
            }
            return "There are no appointments left online before " + AppointmentWords.day(window.last())
                    + ", the last day to register this birth: " + call + ".";
        });
    }

    @Override
    public Booked book(Booking booking) {
        Object slot = booking.choice().get("slot");
        if (!(slot instanceof String slotId) || slotId.isBlank()) {
            String message = "Choose an appointment: send appointment.slot, a slot's id from /api/v1/appointments/slots";
            throw ApiException.invalid(message, List.of(new ApiError.FieldError(SlotBooking.SLOT_FIELD, message)));
        }
        LocalDate lastDay = window(booking.council(), booking.service(), booking.answers()).map(Window::last).orElse(null);
        AppointmentBooking held = slotBooking.hold(booking.requestId(), slotId, lastDay, null);
        AppointmentView view = view(held);
        String councilName = councils.require(booking.council()).name();
        Attachment calendar = attachment(AppointmentCalendar.ics(booking.requestId(), booking.reference(), councilName,
                view, held.sequence, Instant.now(clock)));
        return new Booked(answer(view), "Your appointment is on " + AppointmentWords.when(view.start()) + " at "
                + view.office().name() + ", " + view.office().address() + ".", calendar);
    }

    @Override
    public Optional<Object> answer(String council, UUID requestId) {
        return of(council, requestId).map(Appointments::answer);
    }

    public Optional<AppointmentView> of(String council, UUID requestId) {
        return tenantScope.joining(council, () -> AppointmentBooking.ofRequest(requestId).map(this::view));
    }

    /** Moves the request's live appointment to another slot, with the same checks as booking it. */
    public AppointmentView move(String council, UUID requestId, String slotId) {
        return tenantScope.joining(council, () -> {
            AppointmentBooking booking = live(requestId);
            return view(slotBooking.hold(requestId, slotId, booking.lastDay, booking));
        });
    }

    /** Cancels the request's live appointment, freeing its place. */
    public void cancel(String council, UUID requestId) {
        tenantScope.joining(council, () -> {
            AppointmentBooking booking = live(requestId);
            booking.state = AppointmentBooking.CANCELLED;
            booking.place = null;
            booking.sequence++;
            booking.changedAt = Instant.now(clock);
            return null;
        });
    }

    /** The request's appointment as an iCalendar file; METHOD:CANCEL once it is cancelled. */
    public String calendar(String council, UUID requestId) {
        return tenantScope.joining(council, () -> {
            AppointmentBooking booking = AppointmentBooking.ofRequest(requestId)
                    .orElseThrow(() -> ApiException.notFound("This request has no appointment"));
            String reference = bookedRequests.references(council, List.of(requestId)).getOrDefault(requestId, "");
            return AppointmentCalendar.ics(requestId, reference, councils.require(council).name(), view(booking),
                    booking.sequence, Instant.now(clock));
        });
    }

    @Override
    public Optional<TrackedBooking> tracked(String council, UUID requestId, String token) {
        return of(council, requestId).map(view -> {
            boolean live = AppointmentBooking.BOOKED.equals(view.state());
            List<Row> rows = List.of(new Row("Register office", view.office().name()),
                    new Row("Address", view.office().address()), new Row("Date and time", AppointmentWords.when(view.start())),
                    new Row("Status", AppointmentStates.label(view.state())));
            List<Link> actions = live ? List.of(new Link("Change or cancel", "/track/" + token + "/appointment"),
                    new Link("Add to your calendar", "/track/" + token + "/appointment.ics")) : List.of();
            return new TrackedBooking("Your appointment", rows, actions);
        });
    }

    static Attachment attachment(String ics) {
        return new Attachment("appointment.ics", CALENDAR_TYPE, ics);
    }

    static Answer answer(AppointmentView view) {
        return new Answer(view.slot(), view.start(), view.end(),
                new Office(view.office().id(), view.office().name(), view.office().address()));
    }

    private AppointmentBooking live(UUID requestId) {
        return AppointmentBooking.ofRequest(requestId).filter(booking -> AppointmentBooking.BOOKED.equals(booking.state))
                .orElseThrow(() -> ApiException.conflict("This request has no appointment to change"));
    }

    private AppointmentView view(AppointmentBooking booking) {
        Slot slot = Slot.findById(booking.slotId);
        RegisterOffice office = RegisterOffice.findById(slot.officeId);
        return new AppointmentView(slot.id.toString(), slot.startsAt, slot.endsAt, office.view(), booking.state);
    }
}
