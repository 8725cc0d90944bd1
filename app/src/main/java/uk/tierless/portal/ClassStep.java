package uk.tierless.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;
import uk.tierless.catalogue.Charge;
import uk.tierless.catalogue.ChargeLine;
import uk.tierless.learning.ClassView;
import uk.tierless.learning.ClassWords;
import uk.tierless.learning.Classes;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form journey of a service whose places are in classes (adult learning): the class is chosen first, on the
 * browse page ({@code /classes}), which links to the form with {@code class=<id>}; the id travels with the answers
 * as the field {@code class}, the check page says which class it is and what it costs, and the place is taken when
 * the request is made.
 */
@ApplicationScoped
class ClassStep {


    @Inject
    Classes classes;

    /** Whether the journey's service takes places in classes. */
    boolean takes(FormJourney journey) {
        return classes.takes(journey.form().council(), journey.form().service());
    }

    /**
     * The browse page of the council's classes, for a form opened without one: the class comes first. The place
     * travels on, so that its Register links open the form for the same address.
     */
    RedirectionException chooseFirst(FormJourney journey, String postcode, String uprn) {
        String query = "council=" + journey.form().council() + (uprn != null && !uprn.isBlank() ? "&uprn=" + encode(uprn)
                : postcode != null && !postcode.isBlank() ? "&postcode=" + encode(postcode) : "");
        return new RedirectionException(Response.Status.SEE_OTHER, URI.create("/classes?" + query));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value.trim(), StandardCharsets.UTF_8);
    }

    /** The class the fields hold, if the service takes places in classes and it is one of the council's. */
    Optional<ClassView> chosen(FormJourney journey, Map<String, List<String>> fields) {
        String id = FormSteps.first(fields, BookingChoices.CLASS);
        return id.isEmpty() || !takes(journey) ? Optional.empty() : classes.find(journey.form().council(), id);
    }

    /** The class in words: "Watercolour painting at The Hive Worcester: Mondays, 10:00 to 12:00, for 10 weeks from ...". */
    static String words(ClassView chosen) {
        return ClassWords.title(chosen) + ": " + ClassWords.when(chosen);
    }

    /** What the place costs, for the check page: the class's fee or its concession fee, as the desk charges it. */
    Optional<Charge> charge(FormJourney journey, ClassView chosen, Map<String, Object> answers) {
        var amount = classes.charge(journey.form().council(), journey.form().service(), Map.of("id", chosen.id()), answers);
        return amount.isPresent()
                ? Optional.of(new Charge(amount.getAsLong(), chosen.courseTitle(), List.of(new ChargeLine("class",
                        chosen.courseTitle(), amount.getAsLong(), 1, amount.getAsLong()))))
                : Optional.empty();
    }
}
