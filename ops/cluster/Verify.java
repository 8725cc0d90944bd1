import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verdict of make cluster, by SQL against the database (as its superuser, so row-level security hides nothing):
 * lost (acknowledged references absent), doubled (two requests for one idempotency key), and the outbox: each of
 * the run's requests has one confirmation message, sent, and how often each was written, counted in the instances'
 * logs. Waits up to a minute for the outbox to empty first. Exits 1 when anything is lost, doubled or never sent.
 * java -cp postgresql.jar Verify.java JDBC_URL USER RUN_ID OUT_DIR INSTANCE_LOG...
 */
public class Verify {

    static final Pattern WRITTEN = Pattern.compile("Message (\\S+) written to ");

    public static void main(String[] args) throws Exception {
        String keys = "cluster-" + args[2] + "-%";
        Path out = Path.of(args[3]);
        List<String> acknowledged = Files.readAllLines(out.resolve("acknowledged.tsv"));
        List<String> unacknowledged = Files.readAllLines(out.resolve("unacknowledged.txt"));
        try (Connection db = DriverManager.getConnection(args[0], args[1], "")) {
            try (Statement statement = db.createStatement()) {
                statement.execute("create temporary table acknowledged (key text primary key, reference text, council text)");
            }
            try (PreparedStatement insert = db.prepareStatement("insert into acknowledged values (?, ?, ?)")) {
                for (String line : acknowledged) {
                    String[] fields = line.split("\t", -1);
                    insert.setString(1, fields[0]);
                    insert.setString(2, fields[1]);
                    insert.setString(3, fields[2]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            long pending = awaitOutbox(db, keys);
            long stored = count(db, "select count(*) from service_requests where idempotency_key like ?", keys);
            long lost = count(db, "select count(*) from acknowledged a where not exists (select 1 from service_requests r"
                    + " where r.tenant_id = a.council and r.reference = a.reference and r.idempotency_key = a.key)", null);
            long doubled = count(db, "select count(*) from (select idempotency_key from service_requests"
                    + " where idempotency_key like ? group by idempotency_key having count(*) > 1) twice", keys);
            long unacknowledgedStored = count(db, "select count(*) from service_requests r where r.idempotency_key like ?"
                    + " and not exists (select 1 from acknowledged a where a.key = r.idempotency_key)", keys);
            long withoutOneMessage = count(db, "select count(*) from service_requests r where r.idempotency_key like ?"
                    + " and (select count(*) from outbox_messages m where m.request_id = r.id) <> 1", keys);
            Map<String, Long> statuses = countsBy(db, "select m.status, count(*) from outbox_messages m join service_requests r"
                    + " on r.id = m.request_id where r.idempotency_key like ? group by m.status", keys);
            long triedAgain = count(db, "select count(*) from outbox_messages m join service_requests r on r.id = m.request_id"
                    + " where r.idempotency_key like ? and m.attempts > 1", keys);
            Map<String, Integer> writes = writesInLogs(args);
            List<String> runMessages = strings(db, "select m.message_id from outbox_messages m join service_requests r"
                    + " on r.id = m.request_id where r.idempotency_key like ?", keys);
            long writtenOnce = runMessages.stream().filter(id -> writes.getOrDefault(id, 0) == 1).count();
            long writtenTwice = runMessages.stream().filter(id -> writes.getOrDefault(id, 0) > 1).count();

            System.out.printf("acknowledged %d, stored %d (of which never acknowledged %d, of %d given up)%n",
                    acknowledged.size(), stored, unacknowledgedStored, unacknowledged.size());
            System.out.printf("lost %d, doubled %d%n", lost, doubled);
            System.out.printf("outbox: messages by status %s, still pending after the wait %d, requests without exactly one message %d,"
                    + " tried more than once %d%n", statuses, pending, withoutOneMessage, triedAgain);
            System.out.printf("sends in the instances' logs: %d messages written once, %d written more than once%n",
                    writtenOnce, writtenTwice);
            // A message written twice is the outbox's at-least-once window (a crash between sending and committing,
            // the same Message-ID again): reported, not a failure. A message never written is one.
            boolean failed = lost > 0 || doubled > 0 || withoutOneMessage > 0 || pending > 0
                    || writtenOnce + writtenTwice != runMessages.size();
            System.out.println(failed ? "FAIL" : writtenTwice == 0 ? "PASS: 0 lost, 0 doubled, every message sent once"
                    : "PASS: 0 lost, 0 doubled, every message sent (" + writtenTwice + " again after a crash, same Message-ID)");
            System.exit(failed ? 1 : 0);
        }
    }

    /** Waits until the dispatchers have sent every message of the run, for up to a minute; answers how many wait still. */
    static long awaitOutbox(Connection db, String keys) throws Exception {
        String sql = "select count(*) from outbox_messages m join service_requests r on r.id = m.request_id"
                + " where r.idempotency_key like ? and m.status = 'pending'";
        long pending = count(db, sql, keys);
        for (int i = 0; i < 60 && pending > 0; i++) {
            Thread.sleep(1000);
            pending = count(db, sql, keys);
        }
        return pending;
    }

    /** How often each message was written, by Message-ID, over every instance's log. */
    static Map<String, Integer> writesInLogs(String[] args) throws Exception {
        Map<String, Integer> writes = new HashMap<>();
        for (int i = 4; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]))) {
                Matcher written = WRITTEN.matcher(line);
                if (written.find()) {
                    writes.merge(written.group(1), 1, Integer::sum);
                }
            }
        }
        return writes;
    }

    static long count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    static Map<String, Long> countsBy(Connection db, String sql, String parameter) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    counts.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return counts;
    }

    static List<String> strings(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (result.next()) {
                    values.add(result.getString(1));
                }
                return values;
            }
        }
    }
}
