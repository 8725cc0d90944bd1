package uk.tierless.casework;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.api.PageRequest;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.forms.FormView;
import uk.tierless.forms.Forms;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.gazetteer.Postcode;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffDirectory;
import uk.tierless.notifications.Outbox;
import uk.tierless.photos.Photos;
import uk.tierless.requests.Lifecycle;
import uk.tierless.requests.RequestContact;
import uk.tierless.requests.RequestEvent;
import uk.tierless.requests.RequestTransfer;
import uk.tierless.requests.Requests;
import uk.tierless.requests.ServiceRequest;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.tierless.catalogue.ServicesFile;

/**
 * A council's work queue: its requests, filtered and searched; one request with everything staff need; and the
 * events that move it on. Every call runs in the caller's own council (from their token, never from a parameter),
 * so a reference of another council is simply not found.
 */
@ApplicationScoped
public class WorkQueue {

    public static final int MAX_NOTE = 4000;
    private static final java.time.format.DateTimeFormatter DUE_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

    @Inject
    Reach reach;

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
    Outbox outbox;

    @Inject
    Photos photos;

    @Inject
    RequestTransfer transfer;

    @Inject
    ServicesFile servicesFile;

    @Inject
    Clock clock;

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
                       String channel, String postcode, String uprn, String assignee, Instant submittedAt,
                       Instant updatedAt, Instant dueAt, boolean overdue) {
    }

    public record QueuePage(List<Item> items, int page, int size, long total, Map<String, Long> counts) {
    }

    public record Answer(String id, String label, String type, Object value, boolean personal) {
    }

    public record Event(Instant at, String actor, String fromStatus, String toStatus, String publicNote,
                        String privateNote, String assignee) {
    }

    public record Detail(String reference, CouncilView council, String service, String serviceName, String status,
                         String statusLabel, String channel, String origin, String postcode, String uprn, Double lat,
                         Double lon, String assignee, Instant submittedAt, Instant updatedAt, Instant dueAt,
                         boolean overdue, List<Answer> answers,
                         String email, String phone, List<String> photos, List<Event> history, List<String> allowed,
                         Point point, Link transferredTo, String transferredFrom, String duplicateOf, List<String> duplicates,
                         List<Reply> responses) {
    }

    /** Where on a map: the request's own point, or the pin of a place answer. */
    public record Point(double lat, double lon) {
    }

    /**
     * A change to a request: a new status, notes, an assignee; or {@code transferTo} another council of the
     * partnership (optionally re-filed under another {@code service}); or closing it as a {@code duplicateOf} another
     * request of the council. Each optional, at least one given.
     */
    public record Change(String status, String publicNote, String privateNote, String assignee, String transferTo,
                         String service, String duplicateOf) {

        public Change(String status, String publicNote, String privateNote, String assignee) {
            this(status, publicNote, privateNote, assignee, null, null, null);
        }
    }

    /** A standard reply of the council for this service, its fields filled for this request. */
    public record Reply(String name, String text) {
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
        return tenantScope.call(staff.council(), () -> {
            Map<String, Object> parameters = new LinkedHashMap<>();
            Instant now = Instant.now(clock);
            String where = where(staff.council(), filter, parameters, true, now);
            String order = "due".equals(filter.sort()) ? "due_at asc nulls last, submitted_at desc" : "submitted_at desc, reference desc";
            Query page = entityManager.createNativeQuery("select reference, service_code, status, channel, postcode,"
                    + " uprn, assignee, submitted_at, updated_at, due_at from service_requests where " + where
                    + " order by " + order + " limit :limit offset :offset");
            parameters.forEach(page::setParameter);
            page.setParameter("limit", paging.size()).setParameter("offset", (long) (paging.page() - 1) * paging.size());
            @SuppressWarnings("unchecked")
            List<Object[]> rows = page.getResultList();
            List<Item> items = rows.stream().map(row -> item(row, now)).toList();

            Query total = entityManager.createNativeQuery("select count(*) from service_requests where " + where);
            parameters.forEach(total::setParameter);

            Map<String, Object> countParameters = new LinkedHashMap<>();
            Query counts = entityManager.createNativeQuery("select status, count(*) from service_requests where "
                    + where(staff.council(), filter, countParameters, false, now) + " group by status");
            countParameters.forEach(counts::setParameter);
            Map<String, Long> byStatus = new LinkedHashMap<>();
            Lifecycle.all().forEach(status -> byStatus.put(status, 0L));
            @SuppressWarnings("unchecked")
            List<Object[]> countRows = counts.getResultList();
            countRows.forEach(row -> byStatus.put((String) row[0], ((Number) row[1]).longValue()));
            return new QueuePage(items, paging.page(), paging.size(), ((Number) total.getSingleResult()).longValue(), byStatus);
        });
    }

    public Detail detail(String reference) {
        Staff staff = caseworker();
        return tenantScope.call(staff.council(), () -> detail(find(staff, reference)));
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
        Change checked = checked(staff, change);
        return tenantScope.call(staff.council(), () -> {
            ServiceRequest request = find(staff, reference);
            entityManager.lock(request, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (checked.transferTo() != null) {
                transfer.transfer(request, checked.transferTo(), checked.service(), checked.publicNote(),
                        checked.privateNote(), staff.username());
                return detail(request);
            }
            String note = checked.duplicateOf() == null ? checked.publicNote()
                    : closeAsDuplicate(request, checked.duplicateOf(), checked.publicNote(), staff);
            record(request, checked, note, staff);
            return detail(request);
        });
    }

    /** The change with blanks as nulls, a duplicate as its status, or a 400 naming every field at fault. */
    private Change checked(Staff staff, Change change) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        String status = blankToNull(change.status());
        String publicNote = blankToNull(change.publicNote());
        String privateNote = blankToNull(change.privateNote());
        String assignee = blankToNull(change.assignee());
        String transferTo = blankToNull(change.transferTo());
        String duplicateOf = blankToNull(change.duplicateOf());
        if (transferTo != null || duplicateOf != null) {
            if (transferTo != null && duplicateOf != null || status != null || assignee != null) {
                errors.add(new ApiError.FieldError(transferTo != null ? "transferTo" : "duplicateOf",
                        "Pass a request on, or close it as a duplicate, on its own (with notes if you like)"));
            }
            status = transferTo != null ? null : "duplicate";
        }
        if (status == null && publicNote == null && privateNote == null && assignee == null && transferTo == null) {
            errors.add(new ApiError.FieldError("status", "Give a status, a note or an assignee"));
        }
        if (status != null && !Lifecycle.isStatus(status)) {
            errors.add(new ApiError.FieldError("status", "status must be one of " + String.join(", ", Lifecycle.all())));
        }
        checkLength("publicNote", publicNote, errors);
        checkLength("privateNote", privateNote, errors);
        if (assignee != null && !assignee.equals("none") && staffDirectory.find(staff.council(), assignee).isEmpty()) {
            errors.add(new ApiError.FieldError("assignee", "Choose a colleague who has signed in to Tierless"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("The change is not valid.", errors);
        }
        return new Change(status, publicNote, privateNote, assignee, transferTo, blankToNull(change.service()), duplicateOf);
    }

    /** Links the duplicate to the request it repeats (a private note there); answers the note for the resident. */
    private String closeAsDuplicate(ServiceRequest request, String duplicateOf, String publicNote, Staff staff) {
        ServiceRequest original = original(request, duplicateOf);
        request.duplicateOf = original.reference;
        RequestEvent linked = new RequestEvent();
        linked.requestId = original.id;
        linked.at = Instant.now(clock);
        linked.fromStatus = original.status;
        linked.toStatus = original.status;
        linked.privateNote = request.reference + " was closed as a duplicate of this request.";
        linked.actor = staff.username();
        linked.persist();
        return publicNote != null ? publicNote : "This is the same as request " + original.reference
                + ", which we are dealing with: its progress is shown here.";
    }

    /** The change as an event (a 409 for a move the lifecycle does not allow), and the resident told of it. */
    private void record(ServiceRequest request, Change change, String note, Staff staff) {
        String from = request.status;
        String to = change.status() == null ? from : change.status();
        if (!to.equals(from) && !Lifecycle.canMove(from, to)) {
            throw ApiException.invalidTransition("A request that is " + from + " cannot become " + to + ".",
                    Lifecycle.allowed(from));
        }
        Instant now = Instant.now(clock);
        RequestEvent event = new RequestEvent();
        event.requestId = request.id;
        event.at = now;
        event.fromStatus = from;
        event.toStatus = to;
        event.note = note;
        event.privateNote = change.privateNote();
        event.actor = staff.username();
        if (change.assignee() != null) {
            String newAssignee = change.assignee().equals("none") ? null : change.assignee();
            if (!Objects.equals(newAssignee, request.assignee)) {
                event.assignee = change.assignee();
                request.assignee = newAssignee;
            }
        }
        if (!event.isPublic() && event.privateNote == null && event.assignee == null) {
            throw ApiException.invalid("Nothing to change: the request already has that status and assignee.",
                    List.of(new ApiError.FieldError("status", "Choose a new status, write a note or assign it to someone else")));
        }
        event.persist();
        request.status = to;
        request.updatedAt = now;
        if (event.isPublic()) {
            Outbox.Recipient resident = RequestContact.<RequestContact>find("requestId", request.id).firstResultOptional()
                    .map(contact -> new Outbox.Recipient(contact.email, contact.phone))
                    .orElse(new Outbox.Recipient(null, null));
            outbox.queue(Outbox.UPDATE, Requests.about(request, councils.require(staff.council()), catalogue),
                    resident, note);
        }
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

    /** The request a duplicate repeats: another open or closed request of the same council. */
    private ServiceRequest original(ServiceRequest duplicate, String reference) {
        String normal = reference.trim().toUpperCase(Locale.ROOT);
        ServiceRequest original = ServiceRequest.<ServiceRequest>find("reference", normal).firstResultOptional()
                .filter(found -> !found.id.equals(duplicate.id))
                .orElseThrow(() -> ApiException.invalid("The change is not valid.", List.of(new ApiError.FieldError(
                        "duplicateOf", "Give the reference of another request of your council"))));
        if (original.duplicateOf != null) {
            throw ApiException.invalid("The change is not valid.", List.of(new ApiError.FieldError("duplicateOf",
                    original.reference + " is itself a duplicate of " + original.duplicateOf + ": use that one")));
        }
        return original;
    }

    private ServiceRequest find(Staff staff, String reference) {
        if (reference == null || reference.isBlank()) {
            throw ApiException.notFound("Give the reference of a request, like TAM-2611-0042.");
        }
        String normal = reference.trim().toUpperCase(Locale.ROOT);
        return ServiceRequest.<ServiceRequest>find("reference", normal).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("There is no request " + normal + " in your council's queue."));
    }

    private Detail detail(ServiceRequest request) {
        CouncilView council = councils.require(request.tenantId);
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
            answers.add(new Answer(question.id(), question.label(), question.type().code(), value, isPersonal));
        }
        List<Event> history = RequestEvent.<RequestEvent>list("requestId", Sort.by("at"), request.id).stream()
                .map(e -> new Event(e.at, e.actor, e.fromStatus, e.toStatus, e.note, e.privateNote, e.assignee)).toList();
        return new Detail(request.reference, council, request.serviceCode, catalogue.require(request.serviceCode).name(),
                request.status, Lifecycle.label(request.status), request.channel, request.origin,
                request.postcode == null ? null : Postcode.parse(request.postcode).map(Postcode::display).orElse(request.postcode),
                request.uprn == null ? null : request.uprn.toString(), request.lat, request.lon, request.assignee,
                request.submittedAt, request.updatedAt, request.dueAt,
                overdue(request.dueAt, request.status, Instant.now(clock)), answers, contact.map(c -> c.email).orElse(null),
                contact.map(c -> c.phone).orElse(null), photoIds, history, Lifecycle.allowed(request.status), point,
                request.transferredToCouncil == null ? null
                        : new Link(councils.require(request.transferredToCouncil), request.transferredToReference),
                request.transferredFrom, request.duplicateOf,
                ServiceRequest.<ServiceRequest>list("duplicateOf", Sort.by("submittedAt"), request.reference).stream()
                        .map(duplicate -> duplicate.reference).toList(), replies(request, council));
    }

    private List<Reply> replies(ServiceRequest request, CouncilView council) {
        Map<String, String> fields = Map.of("reference", request.reference,
                "serviceName", catalogue.require(request.serviceCode).name(), "councilName", council.name(),
                "dueDate", request.dueAt == null ? "as soon as we can" : DUE_DATE.format(request.dueAt));
        return servicesFile.responsesOf(council.slug(), request.serviceCode).stream().map(response -> {
            String text = response.text();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                text = text.replace("{" + field.getKey() + "}", field.getValue());
            }
            return new Reply(response.name(), text);
        }).toList();
    }

    /** The SQL condition for the filter, always within the council (row-level security holds it there too). */
    private static String where(String council, Filter filter, Map<String, Object> parameters, boolean withStatus,
                                Instant now) {
        StringBuilder where = new StringBuilder("tenant_id = :council");
        parameters.put("council", council);
        if (withStatus && filter.status() != null && !filter.status().isBlank()) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        } else if (withStatus && !"all".equals(filter.state())) {
            where.append(" and status in (:states)");
            parameters.put("states", "closed".equals(filter.state()) ? Lifecycle.CLOSED : Lifecycle.OPEN);
        }
        if (filter.service() != null && !filter.service().isBlank()) {
            where.append(" and service_code = :service");
            parameters.put("service", filter.service());
        }
        if ("none".equals(filter.assignee())) {
            where.append(" and assignee is null");
        } else if (filter.assignee() != null && !filter.assignee().isBlank()) {
            where.append(" and assignee = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.overdue()) {
            where.append(" and due_at < :now and status in (:open)");
            parameters.put("now", now);
            parameters.put("open", Lifecycle.OPEN);
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String words = filter.q().trim();
            where.append(" and (reference = :reference or postcode = :postcode or answers::text ilike :text)");
            parameters.put("reference", words.toUpperCase(Locale.ROOT));
            parameters.put("postcode", Postcode.parse(words).map(Postcode::compact).orElse(""));
            parameters.put("text", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private Item item(Object[] row, Instant now) {
        String service = (String) row[1];
        String status = (String) row[2];
        String postcode = (String) row[4];
        return new Item((String) row[0], service, catalogue.find(service).map(s -> s.name()).orElse(service), status,
                Lifecycle.label(status), (String) row[3],
                postcode == null ? null : Postcode.parse(postcode).map(Postcode::display).orElse(postcode),
                row[5] == null ? null : row[5].toString(), (String) row[6], instant(row[7]), instant(row[8]),
                instant(row[9]), overdue(instant(row[9]), status, now));
    }

    private static boolean overdue(Instant due, String status, Instant now) {
        return due != null && due.isBefore(now) && Lifecycle.isOpen(status);
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }

    private static void checkLength(String field, String note, List<ApiError.FieldError> errors) {
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new ApiError.FieldError(field, field + " must be " + MAX_NOTE + " characters or fewer"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
