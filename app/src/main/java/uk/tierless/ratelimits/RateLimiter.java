package uk.tierless.ratelimits;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.platform.TierlessConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Limits on the public calls that cost (docs/rate-limits.md). Each call is one statement on a counter in PostgreSQL,
 * in a transaction of its own, so every instance counts together and a failed call counts as well as a good one.
 * A window starts with a client's first call and lasts {@code tierless.rate-limits.window}; over the allowance
 * the call is refused with a {@link TooManyRequests} until the window ends. Staff are never limited or counted.
 */
@ApplicationScoped
public class RateLimiter {

    /**
     * Counts {@code hits} for a key (parameters: limit, key, hits, then the window in seconds three times) and
     * answers the count in the window and the seconds left of it. PostgreSQL serialises concurrent calls on one key
     * through the row, so no count is lost; {@code now()} is the database's, the same clock for every instance.
     * The counter's transaction commits without waiting for its flush ({@code synchronous_commit} off for it alone):
     * the row is then locked for the statement only, not for a disk flush, so one busy client's calls do not queue
     * behind each other's flushes. A crash can forget the last fraction of a second of counts, nothing else.
     */
    static final String COUNT = "insert into rate_limit_counters as c (limit_name, client_key, window_start, hits)"
            + " select ?, ?, now(), ? from (select set_config('synchronous_commit', 'off', true)) as quick_commit"
            + " on conflict (limit_name, client_key) do update set"
            + " hits = case when c.window_start > now() - ? * interval '1 second' then c.hits + excluded.hits"
            + " else excluded.hits end,"
            + " window_start = case when c.window_start > now() - ? * interval '1 second' then c.window_start"
            + " else now() end"
            + " returning hits, extract(epoch from window_start - now()) + ?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TierlessConfig config;

    @Inject
    ClientAddress clientAddress;

    @Inject
    CurrentStaff currentStaff;

    private volatile Mac keyedMac;

    /** One call by the current client, on a page or the API. */
    public void admit(Limit limit) {
        admit(limit, 1, Map.of());
    }

    /** {@code count} calls by the current client (photos on one page); {@code resend} are the fields posted. */
    public void admit(Limit limit, int count, Map<String, List<String>> resend) {
        if (count > 0 && !isStaff()) {
            check(limit, count, "client:" + ClientAddress.network(clientAddress.current()), resend);
        }
    }

    /** A tracking lookup, found or not: counted for the current client, then for the reference looked up. */
    public void admitTracking(String reference, Map<String, List<String>> resend) {
        if (isStaff()) {
            return;
        }
        check(Limit.TRACKING, 1, "client:" + ClientAddress.network(clientAddress.current()), resend);
        if (reference != null && !reference.isBlank()) {
            check(Limit.TRACKING_PER_REFERENCE, 1, "reference:" + reference.trim().toUpperCase(Locale.ROOT), resend);
        }
    }

    /** Deletes the counters whose window has ended: they would start afresh anyway. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(
                    "delete from rate_limit_counters where window_start < now() - ? * interval '1 second'")) {
                delete.setDouble(1, windowSeconds());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not sweep the rate-limit counters", e);
            }
        });
    }

    private void check(Limit limit, int count, String subject, Map<String, List<String>> resend) {
        long window = windowSeconds();
        String key = keyOf(subject);
        // Outside any transaction, so the statement commits by itself (autocommit): the counter's row is locked for
        // the statement alone, not for a BEGIN and a COMMIT round trip besides, and Narayana has nothing to do.
        Counted counted = QuarkusTransaction.suspendingExisting().call(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement upsert = connection.prepareStatement(COUNT)) {
                upsert.setString(1, limit.code());
                upsert.setString(2, key);
                upsert.setInt(3, count);
                upsert.setDouble(4, window);
                upsert.setDouble(5, window);
                upsert.setDouble(6, window);
                try (ResultSet result = upsert.executeQuery()) {
                    result.next();
                    return new Counted(result.getInt(1), result.getDouble(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count a call for the rate limit " + limit.code(), e);
            }
        });
        if (counted.hits() > limit.allowance(config.rateLimits())) {
            throw new TooManyRequests(limit, Math.max(1, (long) Math.ceil(counted.secondsLeft())), resend);
        }
    }

    private record Counted(int hits, double secondsLeft) {
    }

    private boolean isStaff() {
        return currentStaff.get().isPresent();
    }

    private long windowSeconds() {
        return Math.max(1, config.rateLimits().window().toSeconds());
    }

    /** A keyed hash of what is counted, so the table never holds an address or a reference in clear. */
    private String keyOf(String subject) {
        try {
            Mac mac = (Mac) keyedMac().clone();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Mac keyed once, cloned for each key: looking the algorithm up and keying it cost more than the hash. */
    private Mac keyedMac() {
        if (keyedMac == null) {
            String text = config.rateLimits().keySecret().orElseGet(this::secretInDatabase);
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(text.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                keyedMac = mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return keyedMac;
    }

    private String secretInDatabase() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement("select secret from rate_limit_secret where id = 1");
                 ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("rate_limit_secret is empty: the migration makes its one row");
                }
                return result.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the rate-limit key secret", e);
            }
        });
    }
}
