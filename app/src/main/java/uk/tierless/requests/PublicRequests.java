package uk.tierless.requests;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.gazetteer.AddressBook;
import uk.tierless.gazetteer.Postcode;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What anyone may read about a council's requests, for an open data feed such as Open311: what, when and how far it
 * has got, with the public notes, and where for a problem in a public place. Never the contact details, the answers
 * (a resident's words can name people), assignees or private notes, nor where a household's request is (a missed bin
 * or an assisted collection at a home tells of the people who live there). Each council is read in its own tenant
 * scope, one after another.
 */
@ApplicationScoped
public class PublicRequests {

    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{2,5})-\\d{4}-\\d{4,}");

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    AddressBook addressBook;

    @Inject
    ServiceCatalogue catalogue;

    /**
     * A request as published: {@code notes} is its latest public note, {@code dueAt} its target time; the place
     * ({@code address} to {@code lon}) only for a problem in a public place, else null.
     */
    public record PublicRequest(String reference, CouncilView council, String service, String status, boolean open,
                                String notes, Instant requestedAt, Instant updatedAt, Instant dueAt, String address,
                                String uprn, String postcode, Double lat, Double lon) {
    }

    /**
     * A change the resident sees: a new status or a public note. {@code handedOver} is set when the request was
     * passed to another council.
     */
    public record PublicUpdate(UUID id, String reference, CouncilView council, String status, boolean handedOver,
                               Instant at, String note) {
    }

    /** What to search for: a service (or any), requests made from {@code from} up to {@code to}, open or closed. */
    public record Search(String service, Instant from, Instant to, Boolean open, int limit) {
    }

    /** The requests with these references among these councils' (other references are left out), as asked. */
    public List<PublicRequest> byReferences(Collection<String> councilSlugs, List<String> references) {
        Map<String, List<String>> byCouncil = new LinkedHashMap<>();
        for (String reference : references) {
            var parsed = REFERENCE.matcher(reference.trim().toUpperCase(Locale.ROOT));
            if (parsed.matches()) {
                councils.byReferencePrefix(parsed.group(1)).map(CouncilView::slug).filter(councilSlugs::contains)
                        .ifPresent(slug -> byCouncil.computeIfAbsent(slug, s -> new ArrayList<>()).add(parsed.group()));
            }
        }
        List<PublicRequest> found = new ArrayList<>();
        byCouncil.forEach((slug, refs) -> found.addAll(read(slug, "reference in :references",
                Parameters.with("references", refs), Sort.by("submittedAt"), refs.size())));
        return found;
    }

    /** The newest requests first, at most {@code search.limit()} in all, council by council. */
    public List<PublicRequest> search(Collection<String> councilSlugs, Search search) {
        StringBuilder where = new StringBuilder("submittedAt >= :from and submittedAt < :to");
        Parameters parameters = Parameters.with("from", search.from()).and("to", search.to());
        if (search.service() != null) {
            where.append(" and serviceCode = :service");
            parameters.and("service", search.service());
        }
        if (search.open() != null) {
            where.append(search.open() ? " and status in :statuses" : " and status not in :statuses");
            parameters.and("statuses", Lifecycle.OPEN);
        }
        List<PublicRequest> found = new ArrayList<>();
        for (String slug : councilSlugs) {
            found.addAll(read(slug, where.toString(), parameters, Sort.descending("submittedAt"), search.limit()));
        }
        found.sort(Comparator.comparing(PublicRequest::requestedAt).reversed());
        return found.size() > search.limit() ? List.copyOf(found.subList(0, search.limit())) : found;
    }

    /** The reference of the request a tracking link's token opens, if any. */
    public Optional<String> referenceByToken(String token) {
        return TrackingToken.<TrackingToken>findByIdOptional(Tracking.hash(token)).flatMap(link -> tenantScope.call(
                link.tenantId, () -> ServiceRequest.<ServiceRequest>findByIdOptional(link.requestId)
                        .map(request -> request.reference)));
    }

    /** The public updates made from {@code from} up to {@code to}, oldest first, at most {@code limit}. */
    public List<PublicUpdate> updates(Collection<String> councilSlugs, Instant from, Instant to, int limit) {
        List<PublicUpdate> found = new ArrayList<>();
        for (String slug : councilSlugs) {
            CouncilView council = councils.require(slug);
            found.addAll(tenantScope.call(slug, () -> {
                List<RequestEvent> events = RequestEvent.<RequestEvent>find(
                        "at >= ?1 and at < ?2 and (note is not null or fromStatus is null or fromStatus <> toStatus)",
                        Sort.by("at"), from, to).page(0, limit).list();
                Map<UUID, String> references = referencesOf(events.stream().map(event -> event.requestId).toList());
                return events.stream().map(event -> new PublicUpdate(event.id, references.get(event.requestId), council,
                        event.toStatus, event.handedOverTo != null, event.at, event.note)).toList();
            }));
        }
        found.sort(Comparator.comparing(PublicUpdate::at));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static Map<UUID, String> referencesOf(List<UUID> requestIds) {
        Map<UUID, String> references = new LinkedHashMap<>();
        if (!requestIds.isEmpty()) {
            ServiceRequest.<ServiceRequest>list("id in ?1", requestIds.stream().distinct().toList())
                    .forEach(request -> references.put(request.id, request.reference));
        }
        return references;
    }

    private List<PublicRequest> read(String slug, String where, Parameters parameters, Sort sort, int limit) {
        CouncilView council = councils.require(slug);
        return tenantScope.call(slug, () -> {
            List<ServiceRequest> requests = ServiceRequest.<ServiceRequest>find(where, sort, parameters)
                    .page(0, limit).list();
            Map<UUID, String> notes = latestPublicNotes(requests.stream().map(request -> request.id).toList());
            // One query for the page's addresses; a request at an address since dropped from the gazetteer has none.
            Map<Long, AddressBook.Address> listed = addressBook.addresses(requests.stream()
                    .filter(request -> catalogue.inPublicPlace(request.serviceCode))
                    .map(request -> request.uprn).filter(java.util.Objects::nonNull).toList());
            return requests.stream().map(request -> catalogue.inPublicPlace(request.serviceCode)
                    ? published(request, council, notes.get(request.id), request.uprn == null ? request.addressText
                            : Optional.ofNullable(listed.get(request.uprn)).map(AddressBook.Address::address).orElse(null))
                    : withoutPlace(request, council, notes.get(request.id))).toList();
        });
    }

    private static Map<UUID, String> latestPublicNotes(List<UUID> requestIds) {
        Map<UUID, String> notes = new LinkedHashMap<>();
        if (!requestIds.isEmpty()) {
            RequestEvent.<RequestEvent>list("requestId in ?1 and note is not null", Sort.by("at"), requestIds)
                    .forEach(event -> notes.put(event.requestId, event.note));
        }
        return notes;
    }

    private static PublicRequest withoutPlace(ServiceRequest request, CouncilView council, String notes) {
        return new PublicRequest(request.reference, council, request.serviceCode, request.status,
                Lifecycle.isOpen(request.status), notes, request.submittedAt, request.updatedAt, request.dueAt,
                null, null, null, null, null);
    }

    private static PublicRequest published(ServiceRequest request, CouncilView council, String notes, String address) {
        return new PublicRequest(request.reference, council, request.serviceCode, request.status,
                Lifecycle.isOpen(request.status), notes, request.submittedAt, request.updatedAt, request.dueAt,
                address, request.uprn == null ? null : request.uprn.toString(),
                request.postcode == null ? null : Postcode.parse(request.postcode).map(Postcode::display).orElse(null),
                request.lat, request.lon);
    }
}
