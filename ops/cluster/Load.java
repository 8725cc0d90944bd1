import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounded load of make cluster (ops/cluster/cluster.sh): reads (places by postcode, service types) and
 * submissions of POST /api/v1/requests, each with its own idempotency key, sent again with the SAME key after an
 * error or a timeout until an answer names its reference. The phase (steady, instance-killed, ...) is whatever
 * cluster.sh last wrote into the phase file; "stop" ends the reads and new submissions, and the submissions under
 * way are retried (in the phase "draining") until acknowledged or until the drain time runs out. An answer or an
 * error counts in the phase it came in. The file "running" in the output folder says the load has begun.
 * Writes acknowledged.tsv (key, reference, council) and unacknowledged.txt into the output folder, and prints a table:
 * java Load.java BASE_URL PHASE_FILE OUT_DIR RUN_ID POSTCODES_FILE
 * Sizes from the environment: LOAD_READERS (4), LOAD_SUBMITTERS (4), LOAD_READS_PER_SECOND (100),
 * LOAD_SUBMISSIONS_PER_SECOND (20), LOAD_DRAIN_SECONDS (60).
 */
public class Load {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern COUNCIL_SLUG = Pattern.compile("\"council\"\\s*:\\s*\\{[^}]*?\"slug\"\\s*:\\s*\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    final String base;
    final Path phaseFile;
    final String runId;
    final List<String> postcodes;
    final long started = System.nanoTime();
    volatile String phase = "steady";
    volatile boolean stopping;
    volatile long drainDeadline = Long.MAX_VALUE;
    final Map<String, Phase> phases = new ConcurrentHashMap<>();
    final List<String> phaseOrder = new ArrayList<>();
    final AtomicLong submissionNumber = new AtomicLong();
    final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> unacknowledged = new ConcurrentLinkedQueue<>();

    /** What happened while one phase was on. */
    static final class Phase {
        final long startedAt;
        final AtomicLong readsOk = new AtomicLong();
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicLong acknowledgedAgain = new AtomicLong();
        final AtomicLong acknowledgedAfterRetry = new AtomicLong();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        volatile long lastErrorAt = -1;

        Phase(long startedAt) {
            this.startedAt = startedAt;
        }

        void error(String kind, long at) {
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            lastErrorAt = Math.max(lastErrorAt, at);
        }
    }

    Load(String base, Path phaseFile, String runId, List<String> postcodes) {
        this.base = base;
        this.phaseFile = phaseFile;
        this.runId = runId;
        this.postcodes = postcodes;
    }

    public static void main(String[] args) throws Exception {
        List<String> postcodes = Files.readAllLines(Path.of(args[4])).stream().filter(line -> !line.isBlank()).toList();
        Load load = new Load(args[0], Path.of(args[1]), args[3], postcodes);
        load.run(Path.of(args[2]));
    }

    void run(Path out) throws Exception {
        int readers = setting("LOAD_READERS", 4);
        int submitters = setting("LOAD_SUBMITTERS", 4);
        double readGap = readers / (double) setting("LOAD_READS_PER_SECOND", 100);
        double submitGap = submitters / (double) setting("LOAD_SUBMISSIONS_PER_SECOND", 20);
        enter("steady");
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            int reader = i;
            threads.add(start(() -> paced(readGap, () -> read(reader))));
        }
        for (int i = 0; i < submitters; i++) {
            threads.add(start(() -> paced(submitGap, this::submit)));
        }
        Files.createFile(out.resolve("running"));
        while (!stopping) {
            Thread.sleep(100);
            String now = Files.exists(phaseFile) ? Files.readString(phaseFile).trim() : phase;
            if ("stop".equals(now)) {
                drainDeadline = System.nanoTime() + Duration.ofSeconds(setting("LOAD_DRAIN_SECONDS", 60)).toNanos();
                enter("draining");
                stopping = true;
            } else if (!now.isEmpty() && !now.equals(phase)) {
                enter(now);
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Files.write(out.resolve("acknowledged.tsv"), acknowledged);
        Files.write(out.resolve("unacknowledged.txt"), unacknowledged);
        report();
    }

    void enter(String name) {
        phases.put(name, new Phase(System.nanoTime()));
        phaseOrder.add(name);
        phase = name;
    }

    Phase current() {
        return phases.get(phase);
    }

    /** Runs work again and again, at most once every gap seconds, until the load stops. */
    void paced(double gapSeconds, Runnable work) {
        long gap = (long) (gapSeconds * 1_000_000_000L);
        long next = System.nanoTime();
        while (!stopping) {
            work.run();
            next += gap;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000);
            } else {
                next = System.nanoTime();
            }
        }
    }

    void read(int reader) {
        String path = reader % 4 == 3 ? "/api/v1/service-types"
                : "/api/v1/places?postcode=" + URLEncoder.encode(
                        postcodes.get((int) (Math.random() * postcodes.size())), StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                current().readsOk.incrementAndGet();
            } else {
                current().error("read: HTTP " + answer.statusCode(), System.nanoTime());
            }
        } catch (IOException e) {
            current().error("read: " + kind(e), System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One logical submission: its key is sent until an answer names the reference, or the drain time is over. */
    void submit() {
        long number = submissionNumber.incrementAndGet();
        String key = "cluster-" + runId + "-" + number;
        String body = """
                {"service": "missed-bin", "postcode": "B79 7AH", "address": {"line1": "%d New Road", "town": "Tamworth"},
                 "idempotencyKey": "%s", "contact": {"email": "cluster-%d@example.com"},
                 "answers": {"bin-type": "general", "collection-date": "2026-11-20", "bin-out": "yes"}}"""
                .formatted(number % 200 + 1, key, number);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/requests")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "tierless-cluster-load")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long wait = 100;
        for (int attempt = 1; System.nanoTime() < drainDeadline; attempt++) {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                Phase during = current();
                Matcher reference = REFERENCE.matcher(answer.body());
                if ((answer.statusCode() == 201 || answer.statusCode() == 200) && reference.find()) {
                    Matcher council = COUNCIL_SLUG.matcher(answer.body());
                    acknowledged.add(key + "\t" + reference.group(1) + "\t" + (council.find() ? council.group(1) : ""));
                    during.acknowledged.incrementAndGet();
                    if (answer.statusCode() == 200) {
                        during.acknowledgedAgain.incrementAndGet();
                    }
                    if (attempt > 1) {
                        during.acknowledgedAfterRetry.incrementAndGet();
                    }
                    return;
                }
                during.error("submit: HTTP " + answer.statusCode(), System.nanoTime());
                if (answer.statusCode() >= 400 && answer.statusCode() < 500 && answer.statusCode() != 429) {
                    System.err.println("A submission was refused, not retried: " + answer.body());
                    unacknowledged.add(key);
                    return;
                }
            } catch (IOException e) {
                current().error("submit: " + kind(e), System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(wait);
            wait = Math.min(wait * 2, 2000);
        }
        unacknowledged.add(key);
    }

    static String kind(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return "connection closed (" + e.getClass().getSimpleName() + ")";
    }

    void report() {
        System.out.printf("%-18s %9s %12s %10s %9s %9s  %s%n", "phase", "reads ok", "acknowledged", "by retry",
                "found again", "errors end", "errors by kind");
        long total = 0;
        for (String name : phaseOrder) {
            Phase p = phases.get(name);
            total += p.acknowledged.get();
            Map<String, Long> errors = new TreeMap<>();
            p.errors.forEach((kind, count) -> errors.put(kind, count.get()));
            String errorsEnd = p.lastErrorAt < 0 ? "-" : String.format("%.1f s", (p.lastErrorAt - p.startedAt) / 1e9);
            System.out.printf("%-18s %9d %12d %10d %9d %9s  %s%n", name, p.readsOk.get(), p.acknowledged.get(),
                    p.acknowledgedAfterRetry.get(), p.acknowledgedAgain.get(), errorsEnd, errors.isEmpty() ? "none" : errors);
        }
        System.out.printf("submissions: %d started, %d acknowledged, %d never acknowledged%n",
                submissionNumber.get(), total, unacknowledged.size());
    }

    static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int setting(String name, int otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim());
    }
}
