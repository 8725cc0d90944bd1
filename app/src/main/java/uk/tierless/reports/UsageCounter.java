package uk.tierless.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts use without tracking people: each event adds one to a daily count by origin council, responsible council,
 * service, channel and device class. Nothing about the person is kept, and no cookie is set for it.
 */
@ApplicationScoped
public class UsageCounter {

    public static final String PAGE_VIEW = "page-view";
    /** A journey's first page (reached from no page of this site), or an app's first call: the case studies' sessions. */
    public static final String VISIT = "visit";
    public static final String POSTCODE_SEARCH = "postcode-search";
    public static final String TILE_SHOWN = "tile-shown";
    public static final String TILE_OPENED = "tile-opened";
    /** How far back demand is counted when ordering tiles. */
    static final int DEMAND_DAYS = 90;

    /**
     * One thing that happened: {@code council} and {@code service} are empty for a page that has none, and
     * {@code partnership} (the front door it happened at) for an event about a council's service.
     */
    private record Event(String event, String partnership, String origin, String council, String service,
                         String channel, String device) {
    }

    /** Where page-level events happened: the front door's partnership and the profile council ('' or null for none). */
    public record FrontDoor(String partnership, String origin, String channel, String device) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /** A service used through a council. */
    public record TileUse(String council, String service) {
    }

    /**
     * Counts one {@code pageEvent} (null for none) and one {@code tileEvent} per tile, all from one origin, channel
     * and device class.
     */
    public void count(String pageEvent, String origin, List<TileUse> tiles, String tileEvent, String channel, String device) {
        count(pageEvent == null ? List.of() : List.of(pageEvent), new FrontDoor(null, origin, channel, device), tiles,
                tileEvent);
    }

    /** Counts each of {@code pageEvents} at the front door, and one {@code tileEvent} per tile. */
    public void count(List<String> pageEvents, FrontDoor door, List<TileUse> tiles, String tileEvent) {
        List<Event> events = new ArrayList<>();
        pageEvents.forEach(event -> events.add(new Event(event, door.partnership(), door.origin(), null, null,
                door.channel(), door.device())));
        tiles.forEach(tile -> events.add(new Event(tileEvent, null, door.origin(), tile.council(), tile.service(),
                door.channel(), door.device())));
        count(events);
    }

    /**
     * Adds one to each event's count, by day and (but for tiles shown, which only order tiles) by month, in one
     * statement (several events at once, as a page shows many tiles).
     */
    private void count(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("with counted as (select e, p, o, c, s, ch, d,"
                     + " count(*) as n from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                     + " ?::text[]) as u(e, p, o, c, s, ch, d) group by e, p, o, c, s, ch, d),"
                     + " daily as (insert into usage_counts (day, event, partnership, origin, council, service, channel,"
                     + " device, count) select ?, e, p, o, c, s, ch, d, n from counted"
                     + " on conflict (day, event, partnership, origin, council, service, channel, device)"
                     + " do update set count = usage_counts.count + excluded.count)"
                     + " insert into usage_counts_monthly (month, event, partnership, origin, council, service, channel,"
                     + " device, count) select ?, e, p, o, c, s, ch, d, n from counted where e <> '" + TILE_SHOWN + "'"
                     + " on conflict (month, event, partnership, origin, council, service, channel, device)"
                     + " do update set count = usage_counts_monthly.count + excluded.count")) {
            insert.setArray(1, array(connection, events.stream().map(Event::event).toList()));
            insert.setArray(2, array(connection, events.stream().map(e -> blankIfNull(e.partnership())).toList()));
            insert.setArray(3, array(connection, events.stream().map(e -> blankIfNull(e.origin())).toList()));
            insert.setArray(4, array(connection, events.stream().map(e -> blankIfNull(e.council())).toList()));
            insert.setArray(5, array(connection, events.stream().map(e -> blankIfNull(e.service())).toList()));
            insert.setArray(6, array(connection, events.stream().map(Event::channel).toList()));
            insert.setArray(7, array(connection, events.stream().map(Event::device).toList()));
            LocalDate today = LocalDate.now(clock);
            insert.setDate(8, Date.valueOf(today));
            insert.setDate(9, Date.valueOf(today.withDayOfMonth(1)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count usage", e);
        }
    }

    /**
     * How often each service was opened with these councils responsible, over the {@value #DEMAND_DAYS} days before
     * today: today's use does not count yet, so tiles keep their order and size all day.
     */
    public Map<String, Long> demand(List<String> councils) {
        Map<String, Long> demand = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select council || '/' || service, sum(count)"
                     + " from usage_counts where event = ? and council = any(?) and day >= ? and day < ?"
                     + " group by council, service")) {
            query.setString(1, TILE_OPENED);
            query.setArray(2, array(connection, councils));
            LocalDate today = LocalDate.now(clock);
            query.setDate(3, Date.valueOf(today.minusDays(DEMAND_DAYS)));
            query.setDate(4, Date.valueOf(today));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    demand.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read usage", e);
        }
        return demand;
    }

    /** phone, tablet or desktop, from the User-Agent header: the class only, never the header itself. */
    public static String deviceClass(String userAgent) {
        String agent = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        if (agent.contains("ipad") || agent.contains("tablet")) {
            return "tablet";
        }
        if (agent.contains("mobi") || agent.contains("android") || agent.contains("iphone")) {
            return "phone";
        }
        return "desktop";
    }

    private static Array array(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
