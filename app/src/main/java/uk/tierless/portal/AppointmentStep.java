package uk.tierless.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.appointments.Appointments;
import uk.tierless.appointments.OfficeView;
import uk.tierless.appointments.SlotView;
import uk.tierless.forms.Answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static uk.tierless.platform.DatesInWords.LONDON;
import static uk.tierless.platform.DatesInWords.day;
import static uk.tierless.platform.DatesInWords.time;

/**
 * The form journey's appointment step, for a service booked by appointment: after the questions (the window counts
 * from their answers, the baby's date of birth) and before "Check your answers", the resident chooses a register
 * office, then a day, then a time, each a page of radios. The choice travels with the answers as the fields
 * {@code appointmentOffice}, {@code appointmentDay} and {@code slot}; the booking itself is made when the request is
 * sent, and a slot taken meanwhile brings the resident back to the times.
 */
@ApplicationScoped
class AppointmentStep {

    static final String OFFICE = "appointmentOffice";
    static final String DAY = "appointmentDay";
    /** Posted by "Change" on the check page: the choice is made again from the office. */
    static final String CHANGE = "changeAppointment";

    private static final Set<String> CHOICE_FIELDS = Set.of(OFFICE, DAY, BookingChoices.SLOT, CHANGE);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(FormJourney journey, Choice choice, List<FormPageViews.Hidden> hidden,
                                              String error, String where, String home);
    }

    /** One page of the step: its question, the field it posts, and the options, or why there are none. */
    record Choice(String heading, String hint, String field, List<Option> options, String none, int page) {
    }

    record Option(String value, String label, String hint) {
    }

    /** The appointment chosen, as the check page shows it. */
    record Chosen(String slot, String words) {
    }

    @Inject
    Appointments appointments;

    /** Whether the journey's service is booked by appointment. */
    boolean takes(FormJourney journey) {
        return appointments.takes(journey.form().council(), journey.form().service());
    }

    /**
     * The page of the step the journey is on, or empty once a free slot is chosen (or the service takes no
     * appointment). {@code error}: a message to show (a slot taken meanwhile).
     */
    Optional<TemplateInstance> page(FormJourney journey, Map<String, List<String>> fields, Answers.Checked answers,
                                    int contactPage, String error) {
        String council = journey.form().council();
        String service = journey.form().service();
        if (!takes(journey)) {
            return Optional.empty();
        }
        boolean again = !FormSteps.first(fields, CHANGE).isEmpty();
        Optional<Appointments.Window> window = appointments.window(council, service, everyAnswer(answers));
        if (window.isPresent() && window.get().last().isBefore(window.get().first())) {
            return Optional.of(render(journey, fields, new Choice("You cannot book this appointment online", null,
                    OFFICE, List.of(), appointments.noSlotsLeft(council, window.get()), contactPage), null));
        }
        List<OfficeView> offices = appointments.offices(council);
        String office = again ? "" : FormSteps.first(fields, OFFICE);
        if (offices.stream().noneMatch(known -> known.id().equals(office))) {
            return Optional.of(render(journey, fields, new Choice("Which register office would you like to go to?",
                    null, OFFICE, offices.stream().map(known -> new Option(known.id(), known.name(), known.address()))
                    .toList(), null, contactPage), posted(fields, OFFICE, error)));
        }
        LocalDate today = LocalDate.now(LONDON);
        LocalDate first = window.map(Appointments.Window::first).orElse(today);
        LocalDate last = window.map(Appointments.Window::last).orElse(today.plusDays(60));
        List<SlotView> free = last.isBefore(first) ? List.of() : appointments.slots(council, office, first, last).stream()
                .filter(slot -> slot.free() > 0).toList();
        String day = again ? "" : FormSteps.first(fields, DAY);
        List<LocalDate> days = free.stream().map(slot -> slot.start().atZone(LONDON).toLocalDate()).distinct().toList();
        if (days.stream().noneMatch(open -> open.toString().equals(day))) {
            String none = window.map(open -> appointments.noSlotsLeft(council, open)
                    + " Or choose another office.").orElse("There are no appointments left at this office in the next"
                    + " 60 days. Choose another office.");
            return Optional.of(render(journey, fields, new Choice("Which day would you like to come?",
                    window.map(open -> "A birth must be registered within 42 days. You can book up to "
                            + day(open.last()) + ".").orElse(null), DAY,
                    days.stream().map(open -> new Option(open.toString(), day(open),
                            timesFree(free, open))).toList(), days.isEmpty() ? none : null, contactPage),
                    posted(fields, DAY, error)));
        }
        List<SlotView> times = free.stream().filter(slot -> slot.start().atZone(LONDON).toLocalDate().toString().equals(day)).toList();
        String slot = again ? "" : FormSteps.first(fields, BookingChoices.SLOT);
        if (times.stream().noneMatch(time -> time.id().equals(slot))) {
            return Optional.of(render(journey, fields, new Choice("What time would you like to come on "
                    + day(LocalDate.parse(day)) + "?", null, BookingChoices.SLOT,
                    times.stream().map(time -> new Option(time.id(), time(time.start()), null))
                            .toList(), null, contactPage), error != null ? error : posted(fields, BookingChoices.SLOT, null)));
        }
        return Optional.empty();
    }

    /** The appointment the fields hold, in words for the check page, if the service takes one and one is chosen. */
    Optional<Chosen> chosen(FormJourney journey, Map<String, List<String>> fields) {
        String council = journey.form().council();
        if (!takes(journey)) {
            return Optional.empty();
        }
        String slot = FormSteps.first(fields, BookingChoices.SLOT);
        String office = FormSteps.first(fields, OFFICE);
        return appointments.offices(council).stream().filter(known -> known.id().equals(office)).findFirst()
                .flatMap(known -> appointments.slots(council, office, LocalDate.parse(FormSteps.first(fields, DAY)),
                        LocalDate.parse(FormSteps.first(fields, DAY))).stream().filter(time -> time.id().equals(slot))
                        .findFirst().map(time -> new Chosen(slot, day(time.start().atZone(LONDON)
                                .toLocalDate()) + " at " + time(time.start()) + ", " + known.name())));
    }

    /** The fields without the resident's choice, so that "Change" or a slot taken starts the choice again. */
    static Map<String, List<String>> withoutChoice(Map<String, List<String>> fields) {
        Map<String, List<String>> kept = new java.util.LinkedHashMap<>(fields);
        CHOICE_FIELDS.forEach(kept::remove);
        return kept;
    }

    private TemplateInstance render(FormJourney journey, Map<String, List<String>> fields, Choice choice, String error) {
        Set<String> replaced = switch (choice.field()) {
            case OFFICE -> CHOICE_FIELDS;
            case DAY -> Set.of(DAY, BookingChoices.SLOT, CHANGE);
            default -> Set.of(BookingChoices.SLOT, CHANGE);
        };
        return Templates.choose(journey, choice, FormPageViews.hidden(fields, replaced), error, journey.whereQuery(),
                PortalProfiles.home(journey.profile()));
    }

    /** "Choose ..." when the page was posted without a choice; nothing on first arriving at it. */
    private static String posted(Map<String, List<String>> fields, String field, String error) {
        if (error != null) {
            return error;
        }
        boolean postedHere = FormSteps.first(fields, "step").equals(field) && FormSteps.first(fields, CHANGE).isEmpty();
        return postedHere ? switch (field) {
            case OFFICE -> "Choose a register office";
            case DAY -> "Choose a day";
            default -> "Choose a time";
        } : null;
    }

    private static String timesFree(List<SlotView> free, LocalDate day) {
        long count = free.stream().filter(slot -> slot.start().atZone(LONDON).toLocalDate().equals(day)).count();
        return count == 1 ? "1 time free" : count + " times free";
    }

    private static Map<String, Object> everyAnswer(Answers.Checked answers) {
        Map<String, Object> every = new java.util.HashMap<>(answers.facts());
        every.putAll(answers.personal());
        return every;
    }
}
