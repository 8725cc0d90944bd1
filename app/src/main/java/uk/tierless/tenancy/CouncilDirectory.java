package uk.tierless.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import uk.tierless.api.ApiException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Councils and partnerships (shared data) for the API and for other features. Every lookup and page needs them and
 * they change rarely, so they are read into memory once and again after a change ({@link #invalidate()}, or a
 * {@link CouncilConfigurationChanged} once its transaction has committed).
 */
@ApplicationScoped
public class CouncilDirectory {

    private record Snapshot(Map<String, CouncilView> bySlug, Map<String, CouncilView> byGss,
                            List<CouncilView> members, List<PartnershipView> partnerships,
                            Map<String, String> prefixBySlug, Map<String, String> brandColourBySlug,
                            Map<String, Instant> logoChangedBySlug) {
    }

    private volatile Snapshot snapshot;
    /** Counts invalidations, so that a read that overlapped one is not kept. */
    private long generation;

    public Optional<CouncilView> byGss(String gss) {
        return Optional.ofNullable(gss == null ? null : snapshot().byGss().get(gss));
    }

    public Optional<CouncilView> bySlug(String slug) {
        return Optional.ofNullable(slug == null ? null : snapshot().bySlug().get(slug));
    }

    /** A council, member or not, or a 404 in the API's error shape. */
    public CouncilView require(String slug) {
        return bySlug(slug).orElseThrow(() -> ApiException.notFound("There is no council with the slug '" + slug + "'."));
    }

    /** The member councils of every partnership, by slug. */
    public List<CouncilView> members() {
        return snapshot().members();
    }

    /** The GSS codes of every council in the register, member or not. */
    public Set<String> gssCodes() {
        return snapshot().byGss().keySet();
    }

    public List<PartnershipView> partnerships() {
        return snapshot().partnerships();
    }

    /** A member council's reference prefix (TAM for Tamworth), the start of its request references. */
    public Optional<String> referencePrefix(String slug) {
        return Optional.ofNullable(snapshot().prefixBySlug().get(slug));
    }

    /** The member council whose references start with this prefix. */
    public Optional<CouncilView> byReferencePrefix(String prefix) {
        return snapshot().prefixBySlug().entrySet().stream().filter(entry -> entry.getValue().equals(prefix))
                .findFirst().map(entry -> snapshot().bySlug().get(entry.getKey()));
    }

    /** A member council's brand colour from its tenant file (it is not part of the API's council object). */
    public Optional<String> brandColour(String slug) {
        return Optional.ofNullable(slug == null ? null : snapshot().brandColourBySlug().get(slug));
    }

    /** When the council's logo last changed, if it has one (the header's link to it names this, so browsers refetch). */
    public Optional<Instant> logoChanged(String slug) {
        return Optional.ofNullable(slug == null ? null : snapshot().logoChangedBySlug().get(slug));
    }

    /** After councils or partnerships are created or changed. */
    /** Whether the councils are in memory now, so that a lookup needs no database. */
    public boolean loaded() {
        return snapshot != null;
    }

    public synchronized void invalidate() {
        generation++;
        snapshot = null;
    }

    void configurationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CouncilConfigurationChanged event) {
        invalidate();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            long readAt;
            synchronized (this) {
                readAt = generation;
            }
            // Joins the caller's transaction, or opens one: import jobs call this from their own threads. Hibernate
            // finds no tenant on a thread without a request context, so one is active for the read.
            current = withRequestContext(() -> QuarkusTransaction.joiningExisting().call(CouncilDirectory::read));
            synchronized (this) {
                if (generation == readAt) {
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private static Snapshot withRequestContext(java.util.function.Supplier<Snapshot> work) {
        io.quarkus.arc.ManagedContext requestContext = io.quarkus.arc.Arc.container().requestContext();
        if (requestContext.isActive()) {
            return work.get();
        }
        requestContext.activate();
        try {
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }

    private static Snapshot read() {
        List<Council> councils = Council.<Council>listAll().stream()
                .sorted(Comparator.comparing(council -> council.slug)).toList();
        List<CouncilView> all = councils.stream().map(CouncilView::of).toList();
        Map<String, List<String>> membersOf = councils.stream().filter(council -> council.partnershipSlug != null)
                .collect(Collectors.groupingBy(council -> council.partnershipSlug,
                        Collectors.mapping(council -> council.slug, Collectors.toList())));
        List<PartnershipView> partnerships = Partnership.<Partnership>listAll().stream()
                .sorted(Comparator.comparing(partnership -> partnership.slug))
                .map(p -> new PartnershipView(p.slug, p.name, membersOf.getOrDefault(p.slug, List.of())))
                .toList();
        return new Snapshot(
                all.stream().collect(Collectors.toUnmodifiableMap(CouncilView::slug, Function.identity())),
                all.stream().collect(Collectors.toUnmodifiableMap(CouncilView::gss, Function.identity())),
                all.stream().filter(CouncilView::member).toList(),
                partnerships,
                councils.stream().filter(council -> council.referencePrefix != null)
                        .collect(Collectors.toUnmodifiableMap(council -> council.slug, council -> council.referencePrefix)),
                councils.stream().filter(council -> council.brandColour != null)
                        .collect(Collectors.toUnmodifiableMap(council -> council.slug, council -> council.brandColour)),
                CouncilLogo.getEntityManager().createQuery(
                                "select l.councilSlug, l.updatedAt from CouncilLogo l", Object[].class).getResultStream()
                        .collect(Collectors.toUnmodifiableMap(row -> (String) row[0], row -> (Instant) row[1])));
    }
}
