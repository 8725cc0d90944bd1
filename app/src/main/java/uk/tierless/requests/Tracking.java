package uk.tierless.requests;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.gazetteer.Postcode;
import uk.tierless.platform.Secrets;
import uk.tierless.platform.Text;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Residents follow their requests without an account: by the secret tracking link, or by the reference with the
 * email address, phone number or postcode they gave (docs/requests.md says what each shows).
 */
@ApplicationScoped
public class Tracking {

    static final Pattern REFERENCE = Pattern.compile("([A-Z]{2,5})-\\d{4}-\\d{4,}");

    @Inject
    CouncilDirectory councils;

    @Inject
    RequestAddresses addresses;

    @Inject
    TenantScope tenantScope;

    @Inject
    PaidRequests paidRequests;

    @Inject
    BookingDesks desks;

    public record Update(Instant at, String status, String note) {
    }

    public record FollowInstead(String reference, String status) {
    }

    /**
     * {@code duplicateOf}: the request to follow instead, with its status, when this one repeats it. Found by the
     * reference and postcode alone, only the reference, council, service and status: {@code updates} and the
     * {@code address} (of a request made at one), {@code dueAt} and {@code emailedTo} (the resident's email address
     * masked, as r•••@example.com) and {@code postcode} (the one it is tracked by, if it has one) are left out.
     */
    public record Tracked(String reference, CouncilView council, String service, String status,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<Update> updates, FollowInstead duplicateOf,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String address,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Instant dueAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String emailedTo,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String postcode) {

        /** With the updates and what it duplicates: opened by the tracking link, the email address or phone number. */
        public boolean full() {
            return updates != null;
        }

        Tracked statusOnly() {
            return new Tracked(reference, council, service, status, null, null, null, null, null, null);
        }
    }

    /**
     * By the reference and the email address, phone number or postcode given with the request (the first of them
     * given): the same answer for any mismatch. A reference and a postcode are easily guessed, so they show only the
     * status; the email address or phone number shows the updates too.
     */
    public Tracked track(String reference, String givenEmail, String givenPhone, String givenPostcode) {
        String email = Text.blankToNull(givenEmail);
        String phone = email != null ? null : Text.blankToNull(givenPhone);
        String postcode = email != null || phone != null ? null : Text.blankToNull(givenPostcode);
        ApiException notFound = ApiException.notFound("We could not find a request with that reference and "
                + (email != null ? "email address" : phone != null ? "phone number" : "postcode") + ".");
        var parsed = reference == null ? null : REFERENCE.matcher(reference.trim().toUpperCase(Locale.ROOT));
        if (parsed == null || !parsed.matches() || (email == null && phone == null && postcode == null)) {
            throw ApiException.invalid("Give the reference, and the email address, phone number or postcode you gave with it.",
                    List.of(new ApiError.FieldError("reference", "A reference looks like TAM-2611-0042")));
        }
        CouncilView council = councils.byReferencePrefix(parsed.group(1)).orElseThrow(() -> notFound);
        Found found = tenantScope.call(council.slug(), () -> {
            ServiceRequest request = ServiceRequest.<ServiceRequest>find("reference", parsed.group()).firstResultOptional()
                    .orElseThrow(() -> notFound);
            if (request.transferredToReference != null) {
                // Passed to another council, which now holds the contact details to check against.
                return new Found(null, request.transferredToReference);
            }
            boolean byContact = postcode == null;
            boolean matches = byContact
                    ? RequestContact.<RequestContact>find("requestId", request.id).firstResultOptional()
                        .map(contact -> email != null ? contact.email != null && contact.email.equalsIgnoreCase(email)
                                : contact.phone != null && samePhone(contact.phone, phone)).orElse(false)
                    : Postcode.parse(postcode).map(p -> p.compact().equals(request.postcode)).orElse(false);
            if (!matches) {
                throw notFound;
            }
            Tracked tracked = tracked(request, council);
            return new Found(byContact ? tracked : tracked.statusOnly(), null);
        });
        return found.movedTo() != null ? track(found.movedTo(), email, phone, postcode) : found.tracked();
    }

    /** The same UK number however written; a number of fewer than ten digits matches nothing. */
    private static boolean samePhone(String given, String other) {
        String number = ukPhone(given);
        return number.length() >= 10 && number.equals(ukPhone(other));
    }

    /** A UK number as digits from its leading 0: spaces, dashes and brackets dropped, +44, 0044 and (0) read as 0. */
    private static String ukPhone(String number) {
        String digits = number.replaceAll("[^0-9+]", "");
        String national = digits.startsWith("+44") ? digits.substring(3) : digits.startsWith("0044") ? digits.substring(4)
                : digits.startsWith("0") ? digits.substring(1) : digits;
        return "0" + (national.startsWith("0") ? national.substring(1) : national);
    }

    private record Found(Tracked tracked, String movedTo) {
    }

    /** By the secret of a tracking link. */
    public Tracked byToken(String token) {
        TrackingToken link = TrackingToken.<TrackingToken>findByIdOptional(hash(token == null ? "" : token))
                .orElseThrow(() -> ApiException.notFound("This tracking link does not work: check you copied all of it."));
        CouncilView council = councils.require(link.tenantId);
        return tenantScope.call(council.slug(), () -> ServiceRequest.<ServiceRequest>findByIdOptional(link.requestId)
                .map(request -> tracked(request, council))
                .or(() -> paidRequests.tracked(link.requestId, council)).orElseThrow());
    }

    /** What the booking desks hold for the request a tracking link opens: its appointment, its place in a class. */
    public List<BookingDesk.TrackedBooking> bookings(String token) {
        return TrackingToken.<TrackingToken>findByIdOptional(hash(token == null ? "" : token))
                .map(link -> tenantScope.call(link.tenantId, () -> ServiceRequest.<ServiceRequest>findByIdOptional(
                        link.requestId).map(request -> desks.tracked(link.tenantId, request.serviceCode, request.id, token))
                        .orElse(List.of()))).orElse(List.of());
    }

    private Tracked tracked(ServiceRequest request, CouncilView council) {
        List<Update> updates = RequestEvent.<RequestEvent>list("requestId", Sort.by("at"), request.id).stream()
                .filter(RequestEvent::isPublic)
                .map(event -> new Update(event.at, event.toStatus, event.note)).toList();
        FollowInstead follow = request.duplicateOf == null ? null
                : ServiceRequest.<ServiceRequest>find("reference", request.duplicateOf).firstResultOptional()
                .map(original -> new FollowInstead(original.reference, original.status)).orElse(null);
        return new Tracked(request.reference, council, request.serviceCode, request.status, updates, follow,
                addresses.of(request), request.dueAt, RequestContact.<RequestContact>find("requestId", request.id)
                .firstResultOptional().map(contact -> masked(contact.email)).orElse(null),
                request.postcode == null ? null : Postcode.parse(request.postcode).map(Postcode::display).orElse(null));
    }

    /** Enough of an email address to recognise it: its first letter and its domain. */
    static String masked(String email) {
        if (email == null || email.indexOf('@') < 1) {
            return null;
        }
        return email.charAt(0) + "\u2022\u2022\u2022" + email.substring(email.indexOf('@'));
    }

    /** The tracking link's path for a token. */
    static String url(String token) {
        return "/track/" + token;
    }

    static String newToken() {
        return Secrets.random(24);
    }

    /** Only this is stored: the link's secret itself is the resident's alone. */
    static String hash(String token) {
        return Secrets.sha256(token);
    }
}
