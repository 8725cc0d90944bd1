package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.reports.OpenRequests;
import uk.tierless.reports.RequestHistory;
import uk.tierless.reports.RequestMoves;
import uk.tierless.reports.RequestRollups;
import uk.tierless.tenancy.TenantScope;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the board counts of requests, told in one way whether a request is moving now (to the rollups, in the same
 * transaction) or its history is replayed for a rebuild: made or received, closed (with its working days and
 * whether within target), passed on. Also the one live figure, overdue requests, for each council in its own scope.
 */
@ApplicationScoped
public class RequestCounts implements RequestHistory, OpenRequests {

    @Inject
    RequestRollups rollups;

    @Inject
    WorkingDays workingDays;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    /** {@code request} was made at, or passed to, {@code council}, for {@code service}. */
    void received(ServiceRequest request, String council, String service) {
        received(rollups, counted(council, service, request.channel, request.origin), request.submittedAt);
    }

    /** A staff change moved {@code request} from {@code from} to its new status at {@code at}. */
    void moved(ServiceRequest request, String from, Instant at) {
        closed(rollups, counted(request.tenantId, request.serviceCode, request.channel, request.origin), from,
                request.status, request.submittedAt, request.dueAt, at, null);
    }

    /** The request's council passed it on to {@code council} at {@code at}, from the open status {@code from}. */
    void handedOver(ServiceRequest request, String from, String council, Instant at) {
        closed(rollups, counted(request.tenantId, request.serviceCode, request.channel, request.origin),
                from, RequestTransfer.CLOSED_AS, request.submittedAt, request.dueAt, at, council);
    }

    @Override
    public void replay(String council, RequestMoves moves) {
        tenantScope.run(council, () -> {
            rows("select service_code, channel, coalesce(origin, ''), submitted_at from service_requests")
                    .forEach(row -> received(moves, counted(council, row[0], row[1], row[2]), instant(row[3])));
            rows("select r.service_code, r.channel, coalesce(r.origin, ''), r.submitted_at, r.due_at, e.at,"
                    + " e.from_status, e.to_status, e.handed_over_to from request_events e"
                    + " join service_requests r on r.id = e.request_id where e.from_status is distinct from e.to_status")
                    .forEach(row -> closed(moves, counted(council, row[0], row[1], row[2]), (String) row[6],
                            (String) row[7], instant(row[3]), instant(row[4]), instant(row[5]), row[8]));
        });
    }

    @Override
    public Map<String, Long> overdueByService(String council) {
        return tenantScope.call(council, () -> {
            Map<String, Long> overdue = new LinkedHashMap<>();
            entityManager.createNativeQuery("select service_code, count(*) from service_requests"
                            + " where status in (:open) and due_at < now() group by service_code order by service_code",
                            Object[].class)
                    .setParameter("open", Lifecycle.OPEN).getResultList()
                    .forEach(row -> overdue.put((String) ((Object[]) row)[0], ((Number) ((Object[]) row)[1]).longValue()));
            return overdue;
        });
    }

    private static void received(RequestMoves moves, RequestMoves.Counted request, Instant submittedAt) {
        moves.received(request, WorkingDays.dayOf(submittedAt));
    }

    /**
     * A move from an open status to a closed one is counted: as passed on where it handed the request over
     * ({@code handedOverTo} set), else as a close. Other moves (between stages of work, reopening) are not.
     */
    private void closed(RequestMoves moves, RequestMoves.Counted request, String from, String to, Instant submittedAt,
                        Instant dueAt, Instant at, Object handedOverTo) {
        if (from == null || !Lifecycle.isOpen(from) || Lifecycle.isOpen(to)) {
            return;
        }
        if (handedOverTo != null) {
            moves.handedOver(request, WorkingDays.dayOf(at));
            return;
        }
        moves.closed(request, WorkingDays.dayOf(at), workingDays.between(submittedAt, at),
                dueAt == null ? null : !at.isAfter(dueAt), "duplicate".equals(to));
    }

    private static RequestMoves.Counted counted(String council, Object service, Object channel, Object origin) {
        return new RequestMoves.Counted(council, (String) service, (String) channel, origin == null ? "" : (String) origin);
    }

    @SuppressWarnings("unchecked")
    private Stream<Object[]> rows(String sql) {
        return ((List<Object[]>) entityManager.createNativeQuery(sql, Object[].class).getResultList()).stream();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
