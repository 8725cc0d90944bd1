package uk.tierless.catalogue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import uk.tierless.tenancy.ConfigurationChanges;
import uk.tierless.tenancy.CouncilConfigurationChanged;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * How member councils offer their services in the portal now, and their welcome texts, as records: the portal and
 * the requests read them here and never map catalogue's tables themselves. Publishing writes them through
 * {@link #apply} and {@link #withdraw} when a version of an offer is published.
 */
@ApplicationScoped
public class ServiceOffers {

    /**
     * One council's offer of one service: its mode (info, link or form), where a link leads, the tile's words, its
     * target and what it charges (null for nothing).
     */
    public record ServiceOffer(String council, String service, String mode, String link, String summary, boolean pinned,
                               Integer targetDays, PaymentSettings payment) {
    }

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ConfigurationChanges changes;

    /** The offers of each council read outside a transaction, until its next publication. */
    private final Map<String, List<ServiceOffer>> cached = new ConcurrentHashMap<>();
    /** Counts publications, so that offers read while one committed are not kept. */
    private final AtomicLong generation = new AtomicLong();

    public Optional<ServiceOffer> of(String council, String service) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(
                CouncilService.<CouncilService>findById(new CouncilService.Key(council, service))).map(ServiceOffers::offer));
    }

    /**
     * Every offer of these councils. Outside a transaction (the portal's pages) from memory, read once per council
     * after each publication; inside one (publishing, requests) from the database, so that a transaction sees its
     * own changes and no change that may yet roll back is kept.
     */
    public List<ServiceOffer> ofCouncils(Collection<String> councils) {
        if (QuarkusTransaction.isActive()) {
            return read(councils);
        }
        List<String> missing = councils.stream().filter(council -> !cached.containsKey(council)).distinct().toList();
        Map<String, List<ServiceOffer>> found = new HashMap<>(cached);
        if (!missing.isEmpty()) {
            long readAt = generation.get();
            Map<String, List<ServiceOffer>> read = new HashMap<>();
            missing.forEach(council -> read.put(council, new ArrayList<>()));
            read(missing).forEach(offer -> read.get(offer.council()).add(offer));
            found.putAll(read);
            synchronized (generation) {
                if (generation.get() == readAt) {
                    read.forEach((council, offers) -> cached.put(council, List.copyOf(offers)));
                }
            }
        }
        return councils.stream().distinct().flatMap(council -> found.getOrDefault(council, List.of()).stream()).toList();
    }

    private List<ServiceOffer> read(Collection<String> councils) {
        return QuarkusTransaction.joiningExisting().call(() -> CouncilService.<CouncilService>list("councilSlug in ?1", councils))
                .stream().map(ServiceOffers::offer).toList();
    }

    /** A publication committed, here or on another instance (ConfigurationChanges): its council's offers are read again. */
    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) CouncilConfigurationChanged event) {
        synchronized (generation) {
            generation.incrementAndGet();
            if (event.council() == null) {
                cached.clear();
            } else {
                cached.remove(event.council());
            }
        }
    }

    /**
     * The services each of these councils takes requests for (its form services), in the catalogue's order: what
     * its work queue can hold, and what a request passed to it can become.
     */
    public Map<String, List<ServiceTypeView>> requestServices(Collection<String> councils) {
        Map<String, Set<String>> forms = ofCouncils(councils).stream().filter(offer -> "form".equals(offer.mode()))
                .collect(Collectors.groupingBy(ServiceOffer::council, Collectors.mapping(ServiceOffer::service, Collectors.toSet())));
        Map<String, List<ServiceTypeView>> services = new LinkedHashMap<>();
        for (String council : councils) {
            Set<String> codes = forms.getOrDefault(council, Set.of());
            services.put(council, catalogue.all().stream().filter(service -> codes.contains(service.code())).toList());
        }
        return services;
    }

    /** An info service's text, in the safe Markdown subset. */
    public Optional<String> content(String council, String service) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(
                CouncilService.<CouncilService>findById(new CouncilService.Key(council, service))).map(offer -> offer.content));
    }

    /** The council's welcome text for its profile page. */
    public Optional<String> welcome(String council) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(
                CouncilPortal.<CouncilPortal>findById(council)).map(portal -> portal.welcome));
    }

    /** Sets the council's welcome text in the caller's transaction; answers the one it had. */
    public Optional<String> changeWelcome(String council, String welcome) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            CouncilPortal portal = CouncilPortal.findById(council);
            Optional<String> before = Optional.ofNullable(portal).map(p -> p.welcome);
            if (portal == null) {
                portal = new CouncilPortal();
                portal.councilSlug = council;
            }
            portal.welcome = welcome.trim();
            portal.persist();
            return before;
        });
    }

    /** The council's target for a service's requests, in working days, if it sets one (see {@link #live}). */
    public Optional<Integer> targetDaysOf(String council, String service) {
        return live(council, service).map(ServiceOffer::targetDays);
    }

    /** Whether the council takes this service by its form now: not when it is a link or information (see {@link #live}). */
    public boolean takesByForm(String council, String service) {
        return live(council, service).filter(offer -> "form".equals(offer.mode())).isPresent();
    }

    /** What the council's offer of a service charges now, if anything (see {@link #live}). */
    public Optional<PaymentSettings> paymentOf(String council, String service) {
        return live(council, service).map(ServiceOffer::payment);
    }

    /**
     * The council's offer of a service now: as {@link #ofCouncils}, from memory outside a transaction (the portal's
     * pages; a submission asks before its own begins), from the database inside one.
     */
    private Optional<ServiceOffer> live(String council, String service) {
        if (!QuarkusTransaction.isActive()) {
            return ofCouncils(List.of(council)).stream().filter(offer -> offer.service().equals(service)).findFirst();
        }
        return of(council, service);
    }

    /** The council's standard replies for a service's requests. */
    public List<PortalDefinition.Response> responsesOf(String council, String service) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(
                        CouncilService.<CouncilService>findById(new CouncilService.Key(council, service)))
                .map(offer -> List.copyOf(offer.responses)).orElse(List.of()));
    }

    /** Where the council's requests for a service go now: its work queue unless the service says otherwise. */
    public Dispatch dispatchOf(String council, String service) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(
                        CouncilService.<CouncilService>findById(new CouncilService.Key(council, service)))
                .map(offer -> offer.dispatch).orElse(Dispatch.QUEUE_ONLY));
    }

    /** The services the council offers now, in the order of its tiles. */
    public List<String> offeredBy(String council) {
        return QuarkusTransaction.joiningExisting().call(() -> CouncilService.<CouncilService>list(
                "councilSlug = ?1 order by position, serviceCode", council).stream().map(offer -> offer.serviceCode).toList());
    }

    /** The services the council pins to the top of its tiles. */
    public List<String> pinnedBy(String council) {
        return QuarkusTransaction.joiningExisting().call(() -> CouncilService.<CouncilService>list(
                "councilSlug = ?1 and pinned = true", council).stream().map(offer -> offer.serviceCode).toList());
    }

    /**
     * Makes a published version of the council's offer live: residents see it on their next page. A service newly
     * offered goes after the council's others; one offered before keeps its place.
     */
    public void apply(String council, PortalDefinition.Offer offer, int version) {
        QuarkusTransaction.joiningExisting().run(() -> {
            CouncilService live = CouncilService.findById(new CouncilService.Key(council, offer.service()));
            if (live == null) {
                live = new CouncilService();
                live.councilSlug = council;
                live.serviceCode = offer.service();
                live.position = CouncilService.getEntityManager().createQuery(
                                "select coalesce(max(s.position) + 1, 0) from CouncilService s where s.councilSlug = :council", Integer.class)
                        .setParameter("council", council).getSingleResult();
            }
            live.mode = offer.mode();
            live.summary = offer.summary().trim();
            live.link = offer.link();
            live.content = offer.content();
            live.pinned = offer.isPinned();
            live.targetDays = offer.targetDays();
            live.responses = offer.responsesOrEmpty();
            live.dispatch = offer.dispatch();
            live.payment = offer.payment();
            live.version = version;
            live.persist();
            changes.announce(council);
        });
    }

    /** The council no longer offers the service: its tile goes. Requests already made are not touched. */
    public void withdraw(String council, String service) {
        QuarkusTransaction.joiningExisting().run(() -> {
            CouncilService.deleteById(new CouncilService.Key(council, service));
            changes.announce(council);
        });
    }

    private static ServiceOffer offer(CouncilService service) {
        return new ServiceOffer(service.councilSlug, service.serviceCode, service.mode, service.link, service.summary,
                service.pinned, service.targetDays, service.payment);
    }
}
