package uk.tierless.portal;

import uk.tierless.api.ApiError;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Question;
import uk.tierless.gazetteer.Gazetteer;
import uk.tierless.gazetteer.Place;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.forms.QuestionType;
import uk.tierless.requests.AddressWords;
import uk.tierless.requests.Requests;
import uk.tierless.tenancy.CouncilView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One post of a form journey ({@link FormJourneys}): the council profile the resident came through (if any), the
 * service's tile, the offer the form fills in, the place it is for, and that place as the pages' query string.
 */
record FormJourney(CouncilView profile, Tile tile, Requests.Offer offer, PlaceQuery where, String whereQuery,
                   String uprn) {

    FormView form() {
        return offer.form();
    }

    Place place(Gazetteer gazetteer) {
        return uprn != null ? gazetteer.byUprn(uprn) : gazetteer.byPostcode(where.postcode);
    }

    /** The address the resident chose, for "it is at my address"; none when they gave only a postcode. */
    String address(Place place) {
        return uprn == null ? null : place.addresses().stream().filter(a -> a.uprn().equals(uprn))
                .map(Place.Address::address).findFirst().orElse(null);
    }

    /**
     * Whether the first page asks for the address in words: the resident gave a postcode but no address ("My address
     * is not listed", or a postcode the gazetteer lists no addresses for), and the form has no place question of its
     * own to say where.
     */
    boolean asksAddress() {
        return uprn == null && where.hasPostcode()
                && form().questions().stream().noneMatch(question -> question.type() == QuestionType.LOCATION);
    }

    /** The address in words as posted, where the journey asks for it; null otherwise. */
    AddressWords addressWords(Map<String, List<String>> fields) {
        return asksAddress() ? new AddressWords(FormSteps.first(fields, AddressWords.LINE1),
                FormSteps.first(fields, AddressWords.TOWN)) : null;
    }

    /** What is wrong with the address in words as posted; nothing where the journey does not ask for it. */
    List<ApiError.FieldError> addressErrors(Map<String, List<String>> fields) {
        return asksAddress() ? addressWords(fields).errors() : List.of();
    }

    /** Where "Change" next to the address leads: the addresses of its postcode, to choose again. */
    String changeAddressUrl(Place place) {
        return "/find?postcode=" + URLEncoder.encode(place.postcode(), StandardCharsets.UTF_8)
                + (profile == null ? "" : "&c=" + profile.slug());
    }

    /** The contact page's number: the page after the questions, which the appointment step posts as. */
    int contactPage() {
        return FormSteps.pages(form()).size() + 1;
    }

    /** The page posted: its number, the contact page for the appointment step's "Change", else page 1. */
    int pageNumber(Map<String, List<String>> fields) {
        if (!FormSteps.first(fields, AppointmentStep.CHANGE).isEmpty()) {
            return contactPage();
        }
        try {
            return Math.max(1, Math.min(contactPage(), Integer.parseInt(FormSteps.first(fields, FormPageViews.PAGE))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The page asked for (by Back or Change), or the nearest before it that the answers so far ask something on. */
    int askedPageNumber(Map<String, List<String>> fields) {
        return FormSteps.pageAtOrBefore(askedPages(fields), pageNumber(fields));
    }

    /** The pages the answers so far ask questions on. */
    List<List<Question>> askedPages(Map<String, List<String>> fields) {
        return FormSteps.askedPages(form(), FormSteps.answers(form().questions(), fields, uprn));
    }

    /** Whether the post came from "Check your answers" and goes back there once the page is answered. */
    static boolean returnsToCheck(Map<String, List<String>> fields) {
        return !FormSteps.first(fields, FormPageViews.RETURN_TO_CHECK).isEmpty();
    }
}
