package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import uk.tierless.api.PageRequest;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.gazetteer.AddressBook;
import uk.tierless.gazetteer.Postcode;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The work queue's SQL: one page of a council's requests for a checked filter, its total and counts by status. */
@ApplicationScoped
class QueueQuery {

    @Inject
    EntityManager entityManager;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    AddressBook addressBook;

    @Inject
    Clock clock;

    /** Runs in the council's scope. */
    WorkQueue.QueuePage page(String council, WorkQueue.Filter filter, PageRequest paging) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Instant now = Instant.now(clock);
        // A request made with an address keeps only its UPRN: the gazetteer says which UPRNs the words name.
        List<Long> addressed = filter.q() == null || filter.q().isBlank() ? List.of() : addressBook.uprnsMatching(filter.q());
        String where = where(council, filter, parameters, true, now, addressed);
        String order = "due".equals(filter.sort()) ? "due_at asc nulls last, submitted_at desc" : "submitted_at desc, reference desc";
        Query page = entityManager.createNativeQuery("select reference, service_code, status, channel, postcode,"
                + " uprn, assignee, submitted_at, updated_at, due_at, address_text from service_requests where " + where
                + " order by " + order + " limit :limit offset :offset");
        parameters.forEach(page::setParameter);
        page.setParameter("limit", paging.size()).setParameter("offset", (long) (paging.page() - 1) * paging.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        Map<Long, AddressBook.Address> addresses = addressBook.addresses(rows.stream()
                .filter(row -> row[5] != null).map(row -> ((Number) row[5]).longValue()).toList());
        List<WorkQueue.Item> items = rows.stream().map(row -> item(row, now, addresses)).toList();

        Query total = entityManager.createNativeQuery("select count(*) from service_requests where " + where);
        parameters.forEach(total::setParameter);

        Map<String, Object> countParameters = new LinkedHashMap<>();
        Query counts = entityManager.createNativeQuery("select status, count(*) from service_requests where "
                + where(council, filter, countParameters, false, now, addressed) + " group by status");
        countParameters.forEach(counts::setParameter);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Lifecycle.all().forEach(status -> byStatus.put(status, 0L));
        @SuppressWarnings("unchecked")
        List<Object[]> countRows = counts.getResultList();
        countRows.forEach(row -> byStatus.put((String) row[0], ((Number) row[1]).longValue()));
        return new WorkQueue.QueuePage(items, paging.page(), paging.size(), ((Number) total.getSingleResult()).longValue(), byStatus);
    }

    /** The SQL condition for the filter, always within the council (row-level security holds it there too). */
    private static String where(String council, WorkQueue.Filter filter, Map<String, Object> parameters, boolean withStatus,
                                Instant now, List<Long> addressed) {
        StringBuilder where = new StringBuilder("tenant_id = :council");
        parameters.put("council", council);
        if (filter.q() == null || filter.q().isBlank()) {
            // A request sent to the council's own system alone is not listed; a search finds it.
            where.append(" and queued");
        }
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
            where.append(" and (reference = :reference or postcode = :postcode or answers::text ilike :text"
                    + " or address_text ilike :text");
            if (!addressed.isEmpty()) {
                where.append(" or uprn in (:uprns)");
                parameters.put("uprns", addressed);
            }
            where.append(")");
            parameters.put("reference", words.toUpperCase(Locale.ROOT));
            parameters.put("postcode", Postcode.parse(words).map(Postcode::compact).orElse(""));
            parameters.put("text", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private WorkQueue.Item item(Object[] row, Instant now, Map<Long, AddressBook.Address> addresses) {
        String service = (String) row[1];
        String status = (String) row[2];
        AddressBook.Address address = row[5] == null ? null : addresses.get(((Number) row[5]).longValue());
        String postcode = row[4] != null ? (String) row[4] : address != null ? address.postcode() : null;
        return new WorkQueue.Item((String) row[0], service, catalogue.find(service).map(s -> s.name()).orElse(service), status,
                Lifecycle.label(status), (String) row[3],
                postcode == null ? null : Postcode.parse(postcode).map(Postcode::display).orElse(postcode),
                row[5] == null ? null : row[5].toString(), address == null ? (String) row[10] : address.address(),
                (String) row[6],
                instant(row[7]), instant(row[8]),
                instant(row[9]), WorkQueue.overdue(instant(row[9]), status, now));
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
