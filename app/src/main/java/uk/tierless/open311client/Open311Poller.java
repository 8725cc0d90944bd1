package uk.tierless.open311client;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import uk.tierless.platform.LogSafe;
import uk.tierless.requests.PolledUpdates;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the updates of the back offices each council has sent requests to, every {@code poll-every}, council by
 * council, and applies each to its Tierless request once ({@link PolledUpdates}). A back office (an endpoint
 * and jurisdiction) is read by one app instance at a time: its poll mark is claimed with {@code FOR UPDATE SKIP
 * LOCKED}, and another instance passes it by. The window starts a little before the last poll's end, since an update
 * may be committed there after it is timed; what is read twice is applied once.
 */
@ApplicationScoped
public class Open311Poller {

    /** Read again before the last poll's end, for updates committed late. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    /** The longest window a server must take (GeoReport's reads allow 90 days). */
    private static final Duration LONGEST = Duration.ofDays(89);
    /** Requests a server without updates is asked about: those sent in the last 90 days, this many a call. */
    private static final Duration FOLLOWED = Duration.ofDays(90);
    private static final int IDS_PER_CALL = 50;
    private static final Logger LOG = Logger.getLogger(Open311Poller.class);

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Open311Client client;

    @Inject
    PolledUpdates polledUpdates;

    @Inject
    Clock clock;

    @Inject
    Config environment;

    /** A back office one council has sent to, with the name of the variable holding its key. */
    record BackOffice(String endpoint, String jurisdiction, String apiKeyEnv) {
    }

    @Scheduled(every = "${tierless.open311-client.poll-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollAll() {
        for (CouncilView council : councils.members()) {
            try {
                poll(council.slug());
            } catch (RuntimeException e) {
                LOG.errorf(LogSafe.withoutMessages(e), "Could not read %s's back office updates; the next run tries again",
                        council.slug());
            }
        }
    }

    /** Reads and applies the council's back offices' updates; answers how many were applied (repeats not counted). */
    public int poll(String council) {
        List<BackOffice> backOffices = tenantScope.call(council, () -> entityManager.createQuery(
                        "select distinct s.endpoint, s.jurisdiction, s.apiKeyEnv from SentRequest s", Object[].class)
                .getResultList().stream().map(row -> new BackOffice((String) row[0], (String) row[1], (String) row[2]))
                .toList());
        int applied = 0;
        for (BackOffice backOffice : backOffices) {
            String key = environment.getOptionalValue(backOffice.apiKeyEnv(), String.class).orElse(null);
            if (key == null || key.isBlank()) {
                LOG.warnf("%s's Open311 back office %s is not read: the environment variable %s is not set",
                        council, backOffice.endpoint(), backOffice.apiKeyEnv());
                continue;
            }
            try {
                applied += poll(council, backOffice, new Open311Target(backOffice.endpoint(), backOffice.jurisdiction(), key, null));
            } catch (Open311Failure e) {
                LOG.warnf("%s's Open311 back office %s did not answer its updates: %s", council, backOffice.endpoint(),
                        LogSafe.scrub(e.getMessage()));
            }
        }
        return applied;
    }

    /** One back office's updates, under its claimed poll mark; answers how many were applied. */
    int poll(String council, BackOffice backOffice, Open311Target target) {
        String jurisdiction = Objects.requireNonNullElse(backOffice.jurisdiction(), "");
        return tenantScope.call(council, () -> {
            entityManager.createNativeQuery("insert into open311_polls (id, tenant_id, endpoint, jurisdiction, polled_to)"
                            + " values (gen_random_uuid(), :council, :endpoint, :jurisdiction, :start)"
                            + " on conflict (tenant_id, endpoint, jurisdiction) do nothing")
                    .setParameter("council", council).setParameter("endpoint", backOffice.endpoint())
                    .setParameter("jurisdiction", jurisdiction).setParameter("start", firstSent(backOffice))
                    .executeUpdate();
            List<PollMark> marks = entityManager.createNativeQuery("select * from open311_polls where tenant_id = :council"
                            + " and endpoint = :endpoint and jurisdiction = :jurisdiction for update skip locked", PollMark.class)
                    .setParameter("council", council).setParameter("endpoint", backOffice.endpoint())
                    .setParameter("jurisdiction", jurisdiction).getResultList();
            if (marks.isEmpty()) {
                return 0; // another instance is reading this back office now
            }
            PollMark mark = marks.get(0);
            Map<String, SentRequest> sent = SentRequest.<SentRequest>list("endpoint = ?1 and sentAt > ?2",
                            backOffice.endpoint(), Instant.now(clock).minus(FOLLOWED)).stream()
                    .filter(request -> Objects.equals(request.jurisdiction, backOffice.jurisdiction()))
                    .collect(Collectors.toMap(request -> request.backOfficeId, Function.identity(), (a, b) -> a));
            // Windows are sent to the second, the end not included: up to the end of this second.
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            Instant from = mark.polledTo.minus(OVERLAP);
            Instant to = from.plus(LONGEST).isBefore(now) ? from.plus(LONGEST) : now;
            List<Open311Update> updates;
            try {
                updates = client.updates(target, from, to);
            } catch (Open311Failure e) {
                if (e.status() != 404) {
                    throw e;
                }
                updates = Open311Changes.of(client, target, sent.values(), IDS_PER_CALL);
            }
            int applied = 0;
            for (Open311Update update : updates) {
                SentRequest request = sent.get(update.backOfficeId());
                // Only the requests sent there, and not the back office's receipt of one, made the second it was sent.
                if (request != null && update.at().isAfter(request.sentAt.truncatedTo(ChronoUnit.SECONDS))
                        && apply(council, target, request, update)) {
                    applied++;
                }
            }
            mark.polledTo = to;
            return applied;
        });
    }

    private boolean apply(String council, Open311Target target, SentRequest request, Open311Update update) {
        PolledUpdates.Outcome outcome = polledUpdates.apply(council, new PolledUpdates.PolledUpdate(
                request.reference, target.client(), update.updateId(), update.status(), update.description()));
        return outcome == PolledUpdates.Outcome.APPLIED;
    }

    private Instant firstSent(BackOffice backOffice) {
        return SentRequest.<SentRequest>list("endpoint", backOffice.endpoint()).stream().map(sent -> sent.sentAt)
                .min(Instant::compareTo).orElse(Instant.now(clock));
    }
}
