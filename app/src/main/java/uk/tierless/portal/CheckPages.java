package uk.tierless.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.catalogue.Charge;
import uk.tierless.catalogue.Charges;
import uk.tierless.forms.Answers;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Check your answers", the form journey's last page: the answers with their Change buttons, the appointment or
 * class being booked, and what the resident will pay. A service booked by appointment shows its appointment step
 * first, until a time is chosen.
 */
@ApplicationScoped
class CheckPages {

    // The template stayed in FormPages/ when the page moved out of FormPages.
    @CheckedTemplate(basePath = "FormPages")
    static class Templates {
        static native TemplateInstance check(uk.tierless.tenancy.CouncilView council, Tile tile, String address,
                                             String changeAddress, List<FormPageViews.Row> rows,
                                             List<BookingRow> bookings, List<FormPageViews.Hidden> hidden,
                                             String where, String home, Charge charge);
    }

    /**
     * What is being booked: its label and words, and how to change it: a link ({@code changeHref}), or for an
     * appointment the button that chooses again.
     */
    record BookingRow(String label, String value, String changeHref) {
    }

    @Inject
    Charges charges;

    @Inject
    Gazetteer gazetteer;

    @Inject
    AppointmentStep appointmentStep;

    @Inject
    ClassStep classStep;

    @Inject
    Clock clock;

    /** The check page, or the appointment step it still waits for. {@code contactPage}: the number of the contact page. */
    TemplateInstance page(FormJourney context, Map<String, List<String>> fields, int contactPage) {
        Map<String, Object> answers = FormSteps.answers(context.form().questions(), fields, context.uprn());
        Answers.Checked checked = Answers.check(context.form().questions(), answers, Answers.today(clock));
        Optional<TemplateInstance> step = appointmentStep.page(context, fields, checked, contactPage, null);
        if (step.isPresent()) {
            return step.get();
        }
        Place place = context.place(gazetteer);
        String address = context.asksAddress() ? context.addressWords(fields).text() : context.address(place);
        String council = context.form().council();
        String service = context.form().service();
        // What the resident will pay, for a paid service: shown before they go to the payment page.
        Charge charge = checked.valid() && charges.problems(council, service, checked).isEmpty()
                ? charges.of(council, service, checked).orElse(null) : null;
        List<BookingRow> bookings = new ArrayList<>();
        appointmentStep.chosen(context, fields).ifPresent(chosen ->
                bookings.add(new BookingRow("Appointment", chosen.words(), null)));
        var chosenClass = classStep.chosen(context, fields);
        if (chosenClass.isPresent()) {
            bookings.add(new BookingRow("Class", ClassStep.words(chosenClass.get()), "/classes?council=" + council
                    + "&postcode=" + (place == null || place.postcode() == null ? "" : place.postcode())));
            if (checked.valid()) {
                Map<String, Object> every = new java.util.HashMap<>(checked.facts());
                every.putAll(checked.personal());
                charge = classStep.charge(context, chosenClass.get(), every).orElse(charge);
            }
        }
        return Templates.check(context.profile(), context.tile(), address, context.changeAddressUrl(place),
                FormPageViews.rows(FormSteps.askedPages(context.form(), answers), answers, fields), bookings,
                FormPageViews.hidden(fields, Set.of()), context.whereQuery(), PortalProfiles.home(context.profile()), charge);
    }

    /**
     * Whether sending was refused for the appointment: its time was taken meanwhile, or is no longer one the resident
     * can book (the desk names {@code appointment.slot}, or names no answer at all).
     */
    boolean refusedAppointment(FormJourney context, ApiError error) {
        return appointmentStep.takes(context) && ("slot_taken".equals(error.error()) || error.details().isEmpty()
                || error.details().stream().anyMatch(detail -> detail.field().startsWith("appointment")));
    }

    /** The appointment step again, after the booking was refused when sending (the time was taken meanwhile). */
    TemplateInstance appointmentAgain(FormJourney context, Map<String, List<String>> fields, int contactPage, String error) {
        Map<String, Object> answers = FormSteps.answers(context.form().questions(), fields, context.uprn());
        Answers.Checked checked = Answers.check(context.form().questions(), answers, Answers.today(clock));
        Map<String, List<String>> again = new java.util.LinkedHashMap<>(fields);
        again.remove(BookingChoices.SLOT);
        return appointmentStep.page(context, again, checked, contactPage, error).orElseGet(() -> page(context, fields, contactPage));
    }
}
