package uk.tierless.reports;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves added up by rollup row, by day and by month, then written in four statements: one move in the transaction that makes it, or a
 * whole council's history in a rebuild. Rows are added to ({@code on conflict}), so writers never overwrite one another,
 * in a shard of its own (changeset 2026-12-03-11): a row added to stays locked until its transaction commits, and each
 * tally takes the next of {@value #SHARDS} shards in turn, so transactions in flight together add to different rows.
 */
final class RollupTally implements RequestMoves {

    private static final int RECEIVED = 0;
    private static final int CLOSED = 1;
    private static final int WITH_TARGET = 2;
    private static final int WITHIN_TARGET = 3;
    private static final int HANDED_OVER = 4;
    private static final int DUPLICATES = 5;
    /**
     * Readers sum over the shards, so which shard a tally writes to matters only for who waits for whom. (By the
     * connection's process id modulo 16, as it was, two connections whose ids agreed waited for each other: 2.4 ms a
     * submission under load, docs/benchmarks.md.)
     */
    static final int SHARDS = 16;
    private static final AtomicInteger NEXT_SHARD = new AtomicInteger();

    private record Row(Counted request, LocalDate day) {
    }

    private record Close(String council, String service, LocalDate day, int workingDays) {
    }

    private final Map<Row, long[]> rows = new LinkedHashMap<>();
    private final Map<Close, Long> closes = new LinkedHashMap<>();
    private final int shard = Math.floorMod(NEXT_SHARD.getAndIncrement(), SHARDS);

    @Override
    public void received(Counted request, LocalDate day) {
        row(request, day)[RECEIVED]++;
    }

    @Override
    public void closed(Counted request, LocalDate day, int workingDays, Boolean withinTarget, boolean duplicate) {
        long[] row = row(request, day);
        row[CLOSED]++;
        if (withinTarget != null) {
            row[WITH_TARGET]++;
            row[WITHIN_TARGET] += withinTarget ? 1 : 0;
        }
        row[DUPLICATES] += duplicate ? 1 : 0;
        closes.merge(new Close(request.council(), request.service(), day, workingDays), 1L, Long::sum);
    }

    @Override
    public void handedOver(Counted request, LocalDate day) {
        row(request, day)[HANDED_OVER]++;
    }

    /** Adds the tally to the rollups, on the caller's transaction's connection. */
    void addTo(EntityManager entityManager) {
        entityManager.unwrap(Session.class).doWork(this::addTo);
    }

    /** Each row by day, and again by month: the monthly rows are the sums of the daily ones. */
    private void addTo(Connection connection) throws SQLException {
        Map<Row, long[]> months = new LinkedHashMap<>();
        rows.forEach((row, counts) -> {
            long[] month = months.computeIfAbsent(new Row(row.request(), row.day().withDayOfMonth(1)),
                    key -> new long[counts.length]);
            for (int i = 0; i < counts.length; i++) {
                month[i] += counts[i];
            }
        });
        Map<Close, Long> closesByMonth = new LinkedHashMap<>();
        closes.forEach((close, count) -> closesByMonth.merge(new Close(close.council(), close.service(),
                close.day().withDayOfMonth(1), close.workingDays()), count, Long::sum));
        addRows(connection, "request_rollups", "day", rows);
        addRows(connection, "request_rollups_monthly", "month", months);
        addCloses(connection, "request_close_days", "day", closes);
        addCloses(connection, "request_close_days_monthly", "month", closesByMonth);
    }

    private void addRows(Connection connection, String table, String period, Map<Row, long[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Map.Entry<Row, long[]>> entries = List.copyOf(rows.entrySet());
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " (council, " + period
                + ", service, channel, origin, demo, shard, received, closed, closed_with_target, closed_within_target,"
                + " handed_over, duplicates) select c, d, s, ch, o, false, " + shard + ", r, cl, wt, wi, h, du"
                + " from unnest(?::text[],"
                + " ?::date[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[],"
                + " ?::int[]) as t(c, d, s, ch, o, r, cl, wt, wi, h, du)"
                + " on conflict (council, " + period + ", service, channel, origin, demo, shard) do update set"
                + " received = " + table + ".received + excluded.received,"
                + " closed = " + table + ".closed + excluded.closed,"
                + " closed_with_target = " + table + ".closed_with_target + excluded.closed_with_target,"
                + " closed_within_target = " + table + ".closed_within_target + excluded.closed_within_target,"
                + " handed_over = " + table + ".handed_over + excluded.handed_over,"
                + " duplicates = " + table + ".duplicates + excluded.duplicates")) {
            insert.setArray(1, connection.createArrayOf("text", entries.stream().map(e -> e.getKey().request().council()).toArray()));
            insert.setArray(2, connection.createArrayOf("date", entries.stream().map(e -> Date.valueOf(e.getKey().day())).toArray()));
            insert.setArray(3, connection.createArrayOf("text", entries.stream().map(e -> e.getKey().request().service()).toArray()));
            insert.setArray(4, connection.createArrayOf("text", entries.stream().map(e -> e.getKey().request().channel()).toArray()));
            insert.setArray(5, connection.createArrayOf("text", entries.stream().map(e -> e.getKey().request().origin()).toArray()));
            for (int column = RECEIVED; column <= DUPLICATES; column++) {
                int index = column;
                insert.setArray(6 + column, connection.createArrayOf("int4",
                        entries.stream().map(e -> Math.toIntExact(e.getValue()[index])).toArray()));
            }
            insert.executeUpdate();
        }
    }

    private void addCloses(Connection connection, String table, String period, Map<Close, Long> closes)
            throws SQLException {
        if (closes.isEmpty()) {
            return;
        }
        List<Map.Entry<Close, Long>> entries = List.copyOf(closes.entrySet());
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " (council, " + period
                + ", service, demo, shard, working_days, closes) select c, d, s, false, " + shard + ", w, n"
                + " from unnest(?::text[], ?::date[],"
                + " ?::text[], ?::int[], ?::int[]) as t(c, d, s, w, n)"
                + " on conflict (council, " + period + ", service, demo, working_days, shard) do update set"
                + " closes = " + table + ".closes + excluded.closes")) {
            insert.setArray(1, connection.createArrayOf("text", entries.stream().map(e -> e.getKey().council()).toArray()));
            insert.setArray(2, connection.createArrayOf("date", entries.stream().map(e -> Date.valueOf(e.getKey().day())).toArray()));
            insert.setArray(3, connection.createArrayOf("text", entries.stream().map(e -> e.getKey().service()).toArray()));
            insert.setArray(4, connection.createArrayOf("int4", entries.stream().map(e -> e.getKey().workingDays()).toArray()));
            insert.setArray(5, connection.createArrayOf("int4", entries.stream().map(e -> Math.toIntExact(e.getValue())).toArray()));
            insert.executeUpdate();
        }
    }

    private long[] row(Counted request, LocalDate day) {
        return rows.computeIfAbsent(new Row(request, day), key -> new long[DUPLICATES + 1]);
    }

}
