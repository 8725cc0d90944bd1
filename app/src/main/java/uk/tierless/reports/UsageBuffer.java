package uk.tierless.reports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Usage counts not yet written, in memory: a page view costs an addition here instead of a durable write, and every
 * {@code tierless.usage.flush-every} (and at a clean shutdown) each instance adds what it counted to usage_counts
 * and usage_counts_monthly in one statement. A crash loses at most the counts of that interval; a failed write
 * keeps them for the next one. Taking a count out of the map and adding to it are atomic per key, so none is lost
 * or written twice between a page and a flush.
 */
@ApplicationScoped
class UsageBuffer {

    private static final Logger LOG = Logger.getLogger(UsageBuffer.class);

    /** One daily count's row; '' for a column that does not apply. */
    record Key(LocalDate day, String event, String partnership, String origin, String council, String service,
               String channel, String device) {
    }

    @Inject
    DataSource dataSource;

    private final Map<Key, Long> pending = new ConcurrentHashMap<>();

    void add(Key key) {
        pending.merge(key, 1L, Long::sum);
    }

    @Scheduled(every = "${tierless.usage.flush-every}", delayed = "${tierless.usage.flush-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flushOnSchedule() {
        try {
            flush();
        } catch (IllegalStateException e) {
            LOG.warnf("Usage counts kept for the next flush: %s", e.getCause() == null ? e : e.getCause().getClass().getSimpleName());
        }
    }

    void flushOnShutdown(@Observes ShutdownEvent event) {
        flushOnSchedule();
    }

    /** Writes what is pending; on failure puts it back, to be written by the next flush. */
    synchronized void flush() {
        List<Key> keys = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Key key : List.copyOf(pending.keySet())) {
            Long count = pending.remove(key);
            if (count != null) {
                keys.add(key);
                counts.add(count);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        try {
            write(keys, counts);
        } catch (SQLException e) {
            for (int i = 0; i < keys.size(); i++) {
                pending.merge(keys.get(i), counts.get(i), Long::sum);
            }
            throw new IllegalStateException("Could not count usage", e);
        }
    }

    /** Adds the counts by day and (but for tiles shown, which only order tiles) by month, in one statement. */
    private void write(List<Key> keys, List<Long> counts) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("with counted as (select day, e, p, o, c, s, ch, d, n"
                     + " from unnest(?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                     + " ?::text[], ?::bigint[]) as u(day, e, p, o, c, s, ch, d, n)),"
                     + " daily as (insert into usage_counts (day, event, partnership, origin, council, service, channel,"
                     + " device, count) select day, e, p, o, c, s, ch, d, n from counted"
                     + " on conflict (day, event, partnership, origin, council, service, channel, device)"
                     + " do update set count = usage_counts.count + excluded.count)"
                     + " insert into usage_counts_monthly (month, event, partnership, origin, council, service, channel,"
                     + " device, count) select date_trunc('month', day)::date, e, p, o, c, s, ch, d, sum(n) from counted"
                     + " where e <> '" + UsageCounter.TILE_SHOWN + "' group by 1, e, p, o, c, s, ch, d"
                     + " on conflict (month, event, partnership, origin, council, service, channel, device)"
                     + " do update set count = usage_counts_monthly.count + excluded.count")) {
            insert.setArray(1, connection.createArrayOf("date", keys.stream().map(key -> Date.valueOf(key.day())).toArray()));
            List<Function<Key, String>> columns = List.of(Key::event, Key::partnership, Key::origin, Key::council,
                    Key::service, Key::channel, Key::device);
            for (int i = 0; i < columns.size(); i++) {
                insert.setArray(i + 2, connection.createArrayOf("text", keys.stream().map(columns.get(i)).toArray()));
            }
            insert.setArray(9, connection.createArrayOf("bigint", counts.toArray()));
            insert.executeUpdate();
        }
    }
}
