package uk.tierless.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.platform.Money;
import uk.tierless.platform.PageAbout;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public browse page of adult-learning classes, {@code /classes?council=&subject=&venue=&day=}: the classes open
 * for registration, each with its "Register" link into the form journey (docs/bookings.md, Classes).
 */
@Path("/classes")
@Produces(MediaType.TEXT_HTML)
public class ClassPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classes(CouncilView council, List<CouncilView> councils, Filter filter,
                                               List<String> subjects, List<String> venues, List<Option> days,
                                               List<ClassCard> found);
    }

    /** The filters chosen, and the address the resident came with ({@code uprn}, else {@code postcode}), if any. */
    public record Filter(String subject, String venue, String day, String postcode, String uprn) {
    }

    public record Option(String value, String label) {
    }

    /** One class as the page shows it, its words made here. */
    public record ClassCard(String id, String title, String venue, String when, String places, boolean full, String fee,
                            String closes, String registerHref) {
    }

    @Inject
    Classes classes;

    @Inject
    CouncilDirectory councils;

    @Inject
    PageAbout pageAbout;

    @GET
    public TemplateInstance browse(@QueryParam("council") String council, @QueryParam("subject") String subject,
                                   @QueryParam("venue") String venue, @QueryParam("day") String day,
                                   @QueryParam("postcode") String postcode, @QueryParam("uprn") String uprn) {
        Optional<CouncilView> chosen = Optional.ofNullable(council).flatMap(councils::bySlug);
        List<Option> days = Arrays.stream(DayOfWeek.values()).map(each -> new Option(each.name().toLowerCase(Locale.ROOT),
                ProgrammeFile.label(each))).toList();
        if (chosen.isEmpty()) {
            List<CouncilView> offering = councils.members().stream()
                    .filter(member -> !classes.courses(member.slug()).isEmpty()).toList();
            return Templates.classes(null, offering, new Filter(null, null, null, null, null), List.of(), List.of(), days, List.of());
        }
        String slug = chosen.get().slug();
        pageAbout.council(slug);
        List<ClassView> open = classes.classes(slug, null, null, null);
        DayOfWeek onDay = days.stream().filter(option -> option.value().equals(day)).findFirst()
                .map(option -> DayOfWeek.valueOf(option.value().toUpperCase(Locale.ROOT))).orElse(null);
        String chosenSubject = blankToNull(subject);
        String chosenVenue = blankToNull(venue);
        List<ClassCard> found = open.stream()
                .filter(taught -> chosenSubject == null || taught.subject().equalsIgnoreCase(chosenSubject))
                .filter(taught -> chosenVenue == null || taught.venue().equalsIgnoreCase(chosenVenue))
                .filter(taught -> onDay == null || taught.day() == onDay)
                .map(taught -> card(slug, taught, place(postcode, uprn))).toList();
        return Templates.classes(chosen.get(), List.of(), new Filter(chosenSubject, chosenVenue, onDay == null ? null : day,
                        blankToNull(postcode), blankToNull(uprn)),
                open.stream().map(ClassView::subject).distinct().sorted().toList(),
                open.stream().map(ClassView::venue).distinct().sorted().toList(), days, found);
    }

    /**
     * The address as the form's query string: the form routes by it, so a class can be registered for only once the
     * page knows where the resident lives. Null while it does not.
     */
    private static String place(String postcode, String uprn) {
        return blankToNull(uprn) != null ? "uprn=" + URLEncoder.encode(uprn.trim(), StandardCharsets.UTF_8)
                : blankToNull(postcode) != null ? "postcode=" + URLEncoder.encode(postcode.trim(), StandardCharsets.UTF_8)
                : null;
    }

    private static ClassCard card(String council, ClassView taught, String place) {
        String fee = taught.fee() == null ? "Free"
                : Money.format(taught.fee()) + (taught.concessionFee() == null ? ""
                : taught.concessionFee() == 0 ? ", free with a concession"
                : ", or " + Money.format(taught.concessionFee()) + " with a concession");
        String places = taught.free() == 0 ? "Full: join the waiting list"
                : taught.free() + (taught.free() == 1 ? " place left" : " places left") + " of " + taught.capacity();
        return new ClassCard(taught.id(), taught.courseTitle(), taught.venue() + ", " + taught.venuePostcode(),
                ClassWords.when(taught), places, taught.free() == 0, fee, ClassWords.day(taught.registrationCloses()),
                place == null ? null : "/form?service=" + Classes.SERVICE + "&" + place + "&class="
                        + URLEncoder.encode(taught.id(), StandardCharsets.UTF_8));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
