package uk.tierless.publishing;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.audit.AuditLog;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.forms.Forms;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes councils' drafts as immutable versions and makes them live: the offer residents see (catalogue), the
 * form requests are made with (forms) and an audit event, all in one transaction. Every instance reads the live
 * offer from PostgreSQL, so a publish is seen everywhere on the next page, with no restart.
 */
@ApplicationScoped
public class ServicePublisher {

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ConfigurableServices configurable;

    @Inject
    ServiceDrafts drafts;

    @Inject
    SettingsCheck check;

    @Inject
    ServiceOffers offers;

    @Inject
    Forms forms;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /**
     * Publishes the draft as the next version: a 409 when there is none, a 400 with every problem when it is unfit.
     * Inside the council's scope it joins the transaction there, so that several services publish all or none.
     */
    public VersionView publish(String council, String service, String actor) {
        configurable.require(councils.require(council), service);
        return tenantScope.joining(council, () -> {
            ServiceDrafts.Taken draft = drafts.take(council, service, actor);
            check.publishable(council, ServiceSettings.of(draft.offered(), draft.settings(), null), service);
            Optional<ServiceVersion> before = latest(council, service);
            ServiceVersion version = write(council, service, draft.offered(), draft.settings(), actor, draft.adaptedFrom());
            auditLog.record(council, actor, "service.published", service + " version " + version.version + " published",
                    ServiceDrafts.subject(service), before.map(this::settingsOf).orElse(null), settingsOf(version));
            return VersionView.of(version);
        });
    }

    /** A published version, as a new draft to check and publish again. */
    public DraftView restore(String council, String service, int number, String actor) {
        configurable.require(councils.require(council), service);
        return tenantScope.call(council, () -> {
            ServiceVersion version = ServiceVersion.<ServiceVersion>findByIdOptional(
                            new ServiceVersion.Key(council, service, number))
                    .orElseThrow(() -> ApiException.notFound("There is no version " + number + " of '" + service + "'."));
            DraftView draft = drafts.replace(council, service, version.offered, version.settings, version.adaptedFrom, actor);
            auditLog.record(council, actor, "service.restored", "Version " + number + " of " + service
                    + " restored as a draft", ServiceDrafts.subject(service), null, draft);
            return draft;
        });
    }

    /** The published versions, newest first. */
    public List<VersionView> versions(String council, String service) {
        configurable.require(councils.require(council), service);
        return tenantScope.call(council, () -> ServiceVersion.<ServiceVersion>list("councilSlug = ?1 and serviceCode = ?2",
                Sort.descending("version"), council, service).stream().map(VersionView::of).toList());
    }

    /**
     * The first version of each service whose council's files offer it and whose database has no version of it: how
     * {@code tenants/<slug>/services.yaml} seeds a council. Leaves alone the services that have a version. One
     * transaction and one read of the council's versions, not one of each per service: this runs on every start.
     */
    void seed(String council, List<PortalDefinition.Offer> offers, String source) {
        tenantScope.run(council, () -> {
            Set<String> published = latestOfCouncil(council).keySet();
            for (PortalDefinition.Offer offer : offers) {
                if (!published.contains(offer.service())) {
                    ServiceVersion version = write(council, offer.service(), true, offer, AuditLog.SYSTEM_ACTOR, null);
                    auditLog.record(council, AuditLog.SYSTEM_ACTOR, "service.seeded", offer.service() + " version 1 from "
                            + source, ServiceDrafts.subject(offer.service()), null, settingsOf(version));
                }
            }
        });
    }

    Optional<ServiceVersion> latest(String council, String service) {
        return ServiceVersion.<ServiceVersion>find("councilSlug = ?1 and serviceCode = ?2", Sort.descending("version"),
                council, service).firstResultOptional();
    }

    /** The latest version of each service the council has published, by service: one query for a whole council. */
    Map<String, ServiceVersion> latestOfCouncil(String council) {
        return ServiceVersion.<ServiceVersion>list("from ServiceVersion s where s.councilSlug = ?1 and s.version = (select"
                        + " max(v.version) from ServiceVersion v where v.councilSlug = s.councilSlug and v.serviceCode = s.serviceCode)",
                        council)
                .stream().collect(Collectors.toMap(version -> version.serviceCode, Function.identity()));
    }

    /** The version's settings as the API shows them, with the number of the form version it made current. */
    ServiceSettings settingsOf(ServiceVersion version) {
        Integer formVersion = version.settings.form() == null ? null
                : forms.current(version.councilSlug, version.serviceCode).map(form -> form.version()).orElse(null);
        return ServiceSettings.of(version.offered, version.settings, formVersion);
    }

    /** The same, with the council's form version numbers read beforehand ({@link Forms#currentVersionNumbers}). */
    static ServiceSettings settingsOf(ServiceVersion version, Map<String, Integer> formVersions) {
        Integer formVersion = version.settings.form() == null ? null : formVersions.get(version.serviceCode);
        return ServiceSettings.of(version.offered, version.settings, formVersion);
    }

    private ServiceVersion write(String council, String service, boolean offered, PortalDefinition.Offer offer,
                                 String actor, String adaptedFrom) {
        ServiceVersion version = new ServiceVersion();
        version.councilSlug = council;
        version.serviceCode = service;
        version.version = latest(council, service).map(previous -> previous.version + 1).orElse(1);
        version.offered = offered;
        version.settings = offer;
        version.publishedAt = Instant.now(clock);
        version.publishedBy = actor;
        version.adaptedFrom = adaptedFrom;
        version.persist();
        if (!offered) {
            offers.withdraw(council, service);
        } else {
            if (offer.form() != null && "form".equals(offer.mode())) {
                forms.publishIfChanged(council, service, offer.form());
            }
            offers.apply(council, offer, version.version);
        }
        return version;
    }
}
