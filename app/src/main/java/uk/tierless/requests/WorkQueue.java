package uk.tierless.requests;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.api.PageRequest;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.forms.AnswerText;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Forms;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.gazetteer.AddressBook;
import uk.tierless.gazetteer.Postcode;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffDirectory;
import uk.tierless.photos.Photos;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A council's work queue: its requests, filtered and searched; one request with everything staff need; and the
 * events that move it on. Every call runs in the caller's own council (from their token, never from a parameter),
 * so a reference of another council is simply not found. The staff's side of the lifecycle, for the queue's API
 * and pages in {@code casework/}: {@link QueueQuery} runs the list's SQL, {@link RequestChanges} makes the changes.
 */
@ApplicationScoped
public class WorkQueue {

    public static final int MAX_NOTE = 4000;

    @Inject
    Reach reach;

    @Inject
    StandardReplies standardReplies;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    CouncilDirectory councils;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Forms forms;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Photos photos;

    @Inject
    RequestChanges changes;

    @Inject
    QueueQuery query;

    @Inject
    AddressBook addressBook;

    @Inject
    Clock clock;

    @Inject
    Dispatching dispatching;

    /**
     * What to show: each part optional. {@code assignee} is a username, or {@code none} for unassigned;
     * {@code overdue} keeps the open requests past their due time; {@code sort} is {@code newest} or {@code due};
     * {@code state} is {@code open} (the default: the work still to do), {@code closed} or {@code all}, and gives way
     * to a {@code status}.
     */
    public record Filter(String status, String service, String assignee, String q, boolean overdue, String sort,
                         String state) {
    }

    public record Item(String reference, String service, String serviceName, String status, String statusLabel,
                       String channel, String postcode, String uprn, String address, String assignee, Instant submittedAt,
                       Instant updatedAt, Instant dueAt, boolean overdue) {
    }

    public record QueuePage(List<Item> items, int page, int size, long total, Map<String, Long> counts) {
    }

    /** {@code text} is the answer as the resident saw it (option labels, dates in words, Yes or No). */
    public record Answer(String id, String label, String type, Object value, String text, boolean personal) {
    }

    public record Event(Instant at, String actor, String fromStatus, String toStatus, String publicNote,
                        String privateNote, String assignee) {
    }

    public record Detail(String reference, CouncilView council, String service, String serviceName, String status,
                         String statusLabel, String channel, String channelClient, String origin, String postcode, String uprn, String address,
                         Double lat,
                         Double lon, String assignee, Instant submittedAt, Instant updatedAt, Instant dueAt,
                         boolean overdue, List<Answer> answers,
                         String email, String phone, List<String> photos, List<Event> history, List<String> allowed,
                         Point point, Link transferredTo, String transferredFrom, String duplicateOf, List<String> duplicates,
                         List<Reply> responses, Dispatching.Sent dispatch) {
    }

    /** Where on a map: the request's own point, or the pin of a place answer. */
    public record Point(double lat, double lon) {
    }

    /**
     * A change to a request: a new status, notes, an assignee; or {@code transferTo} another council of the
     * partnership (optionally re-filed under another {@code service}); or closing it as a {@code duplicateOf} another
     * request of the council. Each optional, at least one given. {@code updateId} is a back office's own id for the
     * change ({@link BackOfficeUpdates}), which makes a repeat of it change nothing.
     */
    public record Change(String status, String publicNote, String privateNote, String assignee, String transferTo,
                         String service, String duplicateOf, String updateId) {

        public Change(String status, String publicNote, String privateNote, String assignee) {
            this(status, publicNote, privateNote, assignee, null, null, null, null);
        }
    }

    /**
     * A standard reply of the council for this service, its fields filled for this request, with the status it sets
     * (and that status in words), if any.
     */
    public record Reply(String name, String text, String status, String statusLabel) {
    }

    /** Where a request went, or came from. */
    public record Link(CouncilView council, String reference) {
    }

    public QueuePage list(Filter filter, PageRequest paging) {
        Staff staff = caseworker();
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (filter.status() != null && !filter.status().isBlank() && !Lifecycle.isStatus(filter.status())) {
            errors.add(new ApiError.FieldError("status", "status must be one of " + String.join(", ", Lifecycle.all())));
        }
        if (filter.service() != null && !filter.service().isBlank() && catalogue.find(filter.service()).isEmpty()) {
            errors.add(new ApiError.FieldError("service", "There is no service called '" + filter.service() + "'"));
        }
        if (filter.state() != null && !filter.state().isBlank() && !List.of("open", "closed", "all").contains(filter.state())) {
            errors.add(new ApiError.FieldError("state", "state must be open, closed or all"));
        }
        if (filter.sort() != null && !filter.sort().isBlank() && !List.of("newest", "due").contains(filter.sort())) {
            errors.add(new ApiError.FieldError("sort", "sort must be newest or due"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("The filters are not valid.", errors);
        }
        return tenantScope.call(staff.council(), () -> query.page(staff.council(), filter, paging));
    }

    public Detail detail(String reference) {
        Staff staff = caseworker();
        return tenantScope.call(staff.council(), () -> detail(find(reference)));
    }

    /**
     * One request of a council with everything its staff see, for the council's own systems rather than a person
     * (sending it on to the council's back office): no one is signed in, so the council is the caller's to give.
     */
    public Optional<Detail> detailForCouncil(String council, String reference) {
        return tenantScope.call(council, () -> ServiceRequest.<ServiceRequest>find("reference", reference)
                .firstResultOptional().map(this::detail));
    }

    /** The photo of one of the request's answers, for staff to see; another id is not found. */
    public Photos.Photo photo(String reference, String photoId) {
        Detail detail = detail(reference);
        if (!detail.photos().contains(photoId)) {
            throw ApiException.notFound("This request has no such photo.");
        }
        return photos.open(photoId).orElseThrow(() -> ApiException.notFound("The photo is no longer stored."));
    }

    /** Records the change as an event; a new status must be an allowed move (a 409 lists those that are). */
    public Detail change(String reference, Change change) {
        Staff staff = caseworker();
        ChangedBy by = ChangedBy.staff(staff);
        Change checked = changes.checked(by, change);
        return tenantScope.call(staff.council(), () -> {
            ServiceRequest request = lockedRequest(reference);
            changes.apply(request, checked, by);
            return detail(request);
        });
    }

    /** Everyone of the caller's council work can be assigned to. */
    public List<StaffDirectory.StaffMemberView> colleagues() {
        return staffDirectory.members(caseworker().council());
    }

    private Staff caseworker() {
        Staff staff = currentStaff.require();
        if (staff.council() == null) {
            throw ApiException.forbidden("Only a council's staff work its requests.");
        }
        return reach.councilStaff(staff.council());
    }

    /** The request of the scope's council, locked for a change: one change at a time, so a repeat sees the first. */
    ServiceRequest lockedRequest(String reference) {
        ServiceRequest request = find(reference);
        entityManager.lock(request, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return request;
    }

    /** The request of the scope's council: another council's reference is not found there. */
    static ServiceRequest find(String reference) {
        if (reference == null || reference.isBlank()) {
            throw ApiException.notFound("Give the reference of a request, like TAM-2611-0042.");
        }
        String normal = reference.trim().toUpperCase(Locale.ROOT);
        return ServiceRequest.<ServiceRequest>find("reference", normal).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("There is no request " + normal + " in your council's queue."));
    }

    Detail detail(ServiceRequest request) {
        CouncilView council = councils.require(request.tenantId);
        AddressBook.Address address = request.uprn == null ? null : addressBook.addresses(List.of(request.uprn)).get(request.uprn);
        Optional<RequestContact> contact = RequestContact.<RequestContact>find("requestId", request.id).firstResultOptional();
        Map<String, Object> personal = contact.map(c -> c.personalAnswers).orElse(Map.of());
        List<Answer> answers = new ArrayList<>();
        List<String> photoIds = new ArrayList<>();
        Point point = request.lat != null ? new Point(request.lat, request.lon) : null;
        List<Question> questions = forms.version(request.formVersionId).map(FormView::questions).orElse(List.of());
        for (Question question : questions) {
            boolean isPersonal = personal.containsKey(question.id());
            Object value = isPersonal ? personal.get(question.id()) : request.answers.get(question.id());
            if (value == null) {
                continue;
            }
            if (question.type() == QuestionType.PHOTO) {
                photoIds.add(value.toString());
            }
            if (point == null && value instanceof Map<?, ?> place && place.get("lat") instanceof Number lat
                    && place.get("lon") instanceof Number lon) {
                point = new Point(lat.doubleValue(), lon.doubleValue());
            }
            answers.add(new Answer(question.id(), question.label(), question.type().code(), value,
                    AnswerText.of(question, value), isPersonal));
        }
        List<Event> history = RequestEvent.<RequestEvent>list("requestId", Sort.by("at"), request.id).stream()
                .map(e -> new Event(e.at, e.actor, e.fromStatus, e.toStatus, e.note, e.privateNote, e.assignee)).toList();
        return new Detail(request.reference, council, request.serviceCode, catalogue.require(request.serviceCode).name(),
                request.status, Lifecycle.label(request.status), request.channel, request.channelClient,
                request.origin,
                postcode(request, address), request.uprn == null ? null : request.uprn.toString(),
                address == null ? request.addressText : address.address(), request.lat, request.lon, request.assignee,
                request.submittedAt, request.updatedAt, request.dueAt,
                overdue(request.dueAt, request.status, Instant.now(clock)), answers, contact.map(c -> c.email).orElse(null),
                contact.map(c -> c.phone).orElse(null), photoIds, history, Lifecycle.allowed(request.status), point,
                request.transferredToCouncil == null ? null
                        : new Link(councils.require(request.transferredToCouncil), request.transferredToReference),
                request.transferredFrom, request.duplicateOf,
                ServiceRequest.<ServiceRequest>list("duplicateOf", Sort.by("submittedAt"), request.reference).stream()
                        .map(duplicate -> duplicate.reference).toList(), standardReplies.of(request, council),
                dispatching.of(request.id).orElse(null));
    }

    /** The request's own postcode; for one made with an address, its address's. */
    private static String postcode(ServiceRequest request, AddressBook.Address address) {
        if (request.postcode == null) {
            return address == null ? null : address.postcode();
        }
        return Postcode.parse(request.postcode).map(Postcode::display).orElse(request.postcode);
    }

    static boolean overdue(Instant due, String status, Instant now) {
        return due != null && due.isBefore(now) && Lifecycle.isOpen(status);
    }
}
