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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts use without tracking people: each event adds one to a daily count by origin council, responsible council,
 * service, channel and device class. Nothing about the person is kept, and no cookie is set for it. Counts are
 * kept in memory and written every few seconds (docs/benchmarks.md, Read routes says what a crash loses).
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

    @Inject
    UsageBuffer buffer;

    /** Demand read today, by the councils asked about. */
    private record DemandKey(LocalDate day, List<String> councils) {
    }

    /** Past the flush interval after midnight, no count of yesterday is still in any instance's memory. */
    private static final LocalTime LAST_FLUSH_OF_YESTERDAY = LocalTime.of(0, 1);

    private final Map<DemandKey, Map<String, Long>> demandToday = new ConcurrentHashMap<>();

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

    /** Adds one to each event's count for today; {@link UsageBuffer} writes the counts a few seconds later. */
    private void count(List<Event> events) {
        LocalDate today = LocalDate.now(clock);
        events.forEach(event -> buffer.add(new UsageBuffer.Key(today, event.event(), blankIfNull(event.partnership()),
                blankIfNull(event.origin()), blankIfNull(event.council()), blankIfNull(event.service()), event.channel(),
                event.device())));
    }

    /** Writes every count made so far on this instance (the board's figures, and tests, read the table). */
    public void flush() {
        buffer.flush();
    }

    /**
     * How often each service was opened with these councils responsible, over the {@value #DEMAND_DAYS} days before
     * today: today's use does not count yet, so tiles keep their order and size all day, and each set of councils'
     * demand is read once a day.
     */
    public Map<String, Long> demand(List<String> councils) {
        LocalDateTime now = LocalDateTime.now(clock);
        DemandKey key = new DemandKey(now.toLocalDate(), councils.stream().distinct().sorted().toList());
        Map<String, Long> known = demandToday.get(key);
        if (known != null) {
            return known;
        }
        Map<String, Long> demand = Map.copyOf(readDemand(councils, key.day()));
        // Counts made just before midnight reach yesterday's rows with the next flush, on whichever instance.
        if (now.toLocalTime().isAfter(LAST_FLUSH_OF_YESTERDAY)) {
            if (demandToday.keySet().stream().anyMatch(earlier -> !earlier.day().equals(key.day()))) {
                demandToday.keySet().removeIf(earlier -> !earlier.day().equals(key.day()));
            }
            demandToday.put(key, demand);
        }
        return demand;
    }

    /** Rows of days before today were written other than by counting (the demo history, a test): read them again. */
    public void pastDaysChanged() {
        demandToday.clear();
    }

    private Map<String, Long> readDemand(List<String> councils, LocalDate today) {
        Map<String, Long> demand = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select council || '/' || service, sum(count)"
                     + " from usage_counts where event = ? and council = any(?) and day >= ? and day < ?"
                     + " group by council, service")) {
            query.setString(1, TILE_OPENED);
            query.setArray(2, array(connection, councils));
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
