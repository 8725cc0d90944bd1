package uk.tierless.casework;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.api.PageRequest;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.StaffDirectory;
import uk.tierless.platform.Text;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.requests.Lifecycle;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.tierless.requests.WorkQueue;

/**
 * The work queue as staff pages: the council's requests with filters, search and paging; a request with its
 * answers, photo, contact details and history; and the forms that assign it, move it on and add notes. A request
 * page is {@code /staff/request?ref=…} because CSRF tokens are made for fixed paths.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class WorkQueuePages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    /** A due time is a day to staff, as to residents: "Thursday 4 December". */
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(WorkQueue.QueuePage page, List<StatusCount> counts, List<Option> statuses,
                                             Filters filters,
                                             List<Row> rows, List<Link> pages, Link previous, Link next,
                                             List<ServiceTypeView> services, List<StaffDirectory.StaffMemberView> colleagues);

        static native TemplateInstance request(WorkQueue.Detail request, List<HistoryRow> history, String submitted, String due,
                                               List<Option> statuses, List<StaffDirectory.StaffMemberView> colleagues,
                                               List<ApiError.FieldError> errors, Map<String, String> posted, boolean updated,
                                               Map<String, String> fieldErrors, String me, String tileUrl,
                                               String attribution, List<TransferChoices.Partner> partners,
                                               String sent, RequestPayments.Panel payment);
    }

    public record Filters(String status, String service, String assignee, String q, boolean overdue, String sort,
                          String state) {

        Filters withStatus(String newStatus) {
            return new Filters(newStatus, service, assignee, q, overdue, sort, state);
        }
    }

    public record StatusCount(String status, String label, long count, String href, boolean current) {
    }

    public record Row(String reference, String serviceName, String status, String statusLabel, String submitted,
                      String where, String assignee, String due, boolean overdue) {
    }

    public record Link(String label, String href, boolean current) {
    }

    public record HistoryRow(String when, String actor, String change, String publicNote, String privateNote) {
    }

    public record Option(String value, String label) {
    }

    @Inject
    WorkQueue queue;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    TierlessConfig config;

    @Inject
    TransferChoices transferChoices;

    @Inject
    ServiceOffers offers;

    @Inject
    RequestPayments requestPayments;

    @GET
    @Path("/requests")
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("service") String service,
                                 @QueryParam("assignee") String assignee, @QueryParam("q") String q,
                                 @QueryParam("overdue") String overdue, @QueryParam("sort") String sort,
                                 @QueryParam("state") String state, @QueryParam("page") String page) {
        Filters filters = new Filters(Text.blankToNull(status), Text.blankToNull(service), Text.blankToNull(assignee), Text.blankToNull(q), overdue != null,
                "due".equals(sort) ? "due" : null, "closed".equals(state) || "all".equals(state) ? state : null);
        PageRequest paging = new PageRequest(pageNumber(page), PageRequest.DEFAULT_SIZE);
        WorkQueue.QueuePage found = queue.list(new WorkQueue.Filter(filters.status(), filters.service(),
                filters.assignee(), filters.q(), filters.overdue(), filters.sort(), filters.state()), paging);
        List<StatusCount> counts = found.counts().entrySet().stream().filter(e -> e.getValue() > 0 || e.getKey().equals(filters.status()))
                .map(e -> new StatusCount(e.getKey(), Lifecycle.label(e.getKey()), e.getValue(),
                        href(filters.withStatus(e.getKey()), 1),
                        e.getKey().equals(filters.status())))
                .toList();
        List<Row> rows = found.items().stream().map(item -> new Row(item.reference(), item.serviceName(), item.status(),
                item.statusLabel(), WHEN.format(item.submittedAt()),
                where(item),
                item.assignee(), item.dueAt() == null ? null : DUE.format(item.dueAt()), item.overdue())).toList();
        int last = (int) Math.max(1, (found.total() + paging.size() - 1) / paging.size());
        List<Link> pages = new ArrayList<>();
        for (int number = 1; number <= last; number++) {
            pages.add(new Link(String.valueOf(number), href(filters, number), number == paging.page()));
        }
        Link previous = paging.page() > 1 ? new Link("Previous", href(filters, paging.page() - 1), false) : null;
        Link next = paging.page() < last ? new Link("Next", href(filters, paging.page() + 1), false) : null;
        List<Option> statuses = Lifecycle.all().stream().map(value -> new Option(value, Lifecycle.label(value))).toList();
        String council = currentStaff.require().council();
        return Templates.queue(found, counts, statuses, filters, rows, pages, previous, next,
                offers.requestServices(List.of(council)).get(council), queue.colleagues());
    }

    @GET
    @Path("/request")
    public TemplateInstance request(@QueryParam("ref") String reference, @QueryParam("updated") String updated,
                                    @QueryParam("reply") String reply) {
        WorkQueue.Detail detail = queue.detail(reference);
        Map<String, String> prefilled = detail.responses().stream().filter(r -> r.name().equals(reply)).findFirst()
                .map(chosen -> chosenReply(chosen, detail)).orElse(Map.of());
        return page(detail, List.of(), prefilled, updated != null);
    }

    /**
     * A chosen standard reply fills the note for the resident and, if the request may move to it, selects the
     * reply's status: the caseworker sees both and can change either before saving (the page's script does the same
     * without a reload). What is saved is always what the form shows, never a status added behind it.
     */
    private static Map<String, String> chosenReply(WorkQueue.Reply chosen, WorkQueue.Detail detail) {
        Map<String, String> prefilled = new java.util.HashMap<>(Map.of("reply", chosen.name(), "publicNote", chosen.text()));
        if (chosen.status() != null && detail.allowed().contains(chosen.status())) {
            prefilled.put("status", chosen.status());
        }
        return prefilled;
    }

    /** The one form of the request page: a new status, notes, an assignee; then back to the request. */
    @POST
    @Path("/request/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@QueryParam("ref") String reference, MultivaluedMap<String, String> posted) {
        String status = posted.getFirst("status");
        String assignee = posted.getFirst("assignee");
        if (posted.getFirst("assignToMe") != null) {
            assignee = posted.getFirst("assignToMe");
        }
        try {
            if (posted.containsKey("transferTo")) {
                transferChoices.check(queue.detail(reference).council(), posted.getFirst("transferTo"), posted.getFirst("service"));
            }
            WorkQueue.Detail changed = queue.change(reference, new WorkQueue.Change("keep".equals(status) ? null : status,
                    posted.getFirst("publicNote"), posted.getFirst("privateNote"), "keep".equals(assignee) ? null : assignee,
                    posted.getFirst("transferTo"), posted.getFirst("service"), posted.getFirst("duplicateOf"), null));
            return Response.seeOther(URI.create("/staff/request?ref=" + enc(changed.reference()) + "&updated=1")).build();
        } catch (ApiException e) {
            if (e.status() != Response.Status.BAD_REQUEST && e.status() != Response.Status.CONFLICT) {
                throw e;
            }
            List<ApiError.FieldError> errors = e.toError().details().isEmpty()
                    ? List.of(new ApiError.FieldError("status", e.getMessage())) : e.toError().details();
            Map<String, String> kept = Map.of("status", orEmpty(status), "publicNote", orEmpty(posted.getFirst("publicNote")),
                    "privateNote", orEmpty(posted.getFirst("privateNote")), "duplicateOf", orEmpty(posted.getFirst("duplicateOf")),
                    "transferTo", orEmpty(posted.getFirst("transferTo")), "service", orEmpty(posted.getFirst("service")));
            return Response.status(e.status()).entity(page(queue.detail(reference), errors, kept, false)).build();
        }
    }

    /** A refund of part or all of a paid request's payment, from its page; then back to the request. */
    @POST
    @Path("/request/refund")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refund(@QueryParam("ref") String reference, MultivaluedMap<String, String> posted) {
        WorkQueue.Detail detail = queue.detail(reference);
        try {
            requestPayments.refund(detail.council().slug(), detail.reference(), posted.getFirst("refundAmount"),
                    posted.getFirst("refundReason"), currentStaff.require());
            return Response.seeOther(URI.create("/staff/request?ref=" + enc(detail.reference()) + "&updated=1")).build();
        } catch (ApiException e) {
            if (e.status() != Response.Status.BAD_REQUEST && e.status() != Response.Status.CONFLICT) {
                throw e;
            }
            List<ApiError.FieldError> errors = e.toError().details().isEmpty()
                    ? List.of(new ApiError.FieldError("refundAmount", e.getMessage())) : e.toError().details();
            return Response.status(e.status()).entity(page(detail, errors, Map.of("refundAmount",
                    orEmpty(posted.getFirst("refundAmount")), "refundReason", orEmpty(posted.getFirst("refundReason"))), false)).build();
        }
    }

    @GET
    @Path("/request/photo")
    @Produces({"image/jpeg", "image/png", "image/heic", MediaType.TEXT_HTML})
    public Response photo(@QueryParam("ref") String reference, @QueryParam("id") String id) {
        return WorkQueueResource.photoResponse(queue.photo(reference, id));
    }

    private TemplateInstance page(WorkQueue.Detail detail, List<ApiError.FieldError> errors, Map<String, String> posted,
                                  boolean updated) {
        List<HistoryRow> history = new ArrayList<>(detail.history().stream().map(event -> new HistoryRow(
                WHEN.format(event.at()), event.actor(), describe(event), event.publicNote(), event.privateNote())).toList());
        java.util.Collections.reverse(history);
        List<Option> statuses = new ArrayList<>();
        statuses.add(new Option("keep", "Keep as " + detail.statusLabel()));
        detail.allowed().forEach(status -> statuses.add(new Option(status, Lifecycle.label(status))));
        Map<String, String> fieldErrors = new java.util.HashMap<>();
        errors.forEach(error -> fieldErrors.putIfAbsent(error.field(), error.message()));
        return Templates.request(detail, history, WHEN.format(detail.submittedAt()),
                detail.dueAt() == null ? null : DUE.format(detail.dueAt()), statuses, queue.colleagues(),
                errors, posted, updated, fieldErrors, currentStaff.require().username(), config.map().tileUrl().orElse(null),
                config.map().attribution().orElse(""), transferChoices.partners(detail.council()),
                SentWords.of(detail.dispatch(), WHEN),
                requestPayments.of(detail.council().slug(), detail.reference(), currentStaff.require()).orElse(null));
    }

    /** Where the request is, as staff know places: the address and postcode; the UPRN only for an unknown address. */
    private static String where(WorkQueue.Item item) {
        if (item.address() != null) {
            return item.postcode() == null ? item.address() : item.address() + ", " + item.postcode();
        }
        return item.postcode() != null ? item.postcode() : item.uprn() != null ? "UPRN " + item.uprn() : "A map point";
    }

    private static String describe(WorkQueue.Event event) {
        List<String> parts = new ArrayList<>();
        if (event.fromStatus() == null) {
            parts.add("Made, " + Lifecycle.label(event.toStatus()));
        } else if (!event.fromStatus().equals(event.toStatus())) {
            parts.add("Now " + Lifecycle.label(event.toStatus()));
        }
        if (event.assignee() != null) {
            parts.add(event.assignee().equals("none") ? "Unassigned" : "Assigned to " + event.assignee());
        }
        return parts.isEmpty() ? "Note" : String.join("; ", parts);
    }

    private static String href(Filters filters, int page) {
        StringBuilder href = new StringBuilder("/staff/requests?page=").append(page);
        add(href, "status", filters.status());
        add(href, "service", filters.service());
        add(href, "assignee", filters.assignee());
        add(href, "q", filters.q());
        add(href, "overdue", filters.overdue() ? "true" : null);
        add(href, "sort", filters.sort());
        add(href, "state", filters.state());
        return href.toString();
    }

    private static void add(StringBuilder href, String name, String value) {
        if (value != null) {
            href.append('&').append(name).append('=').append(enc(value));
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page == null ? "1" : page.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
