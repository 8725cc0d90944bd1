package uk.tierless.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.tierless.api.ApiException;
import uk.tierless.audit.AuditLog;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Saves and discards councils' drafts. Every write names the revision its writer read: the row changes only if it is
 * still that revision (one statement, so two administrators saving at once cannot both win), and the revision goes
 * up. A stale write is a 409 naming who changed the service and when; nothing is written.
 */
@ApplicationScoped
public class ServiceDrafts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma")
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    EntityManager entityManager;

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ConfigurableServices configurable;

    @Inject
    SettingsCheck check;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** Saves the draft, as the revision read, and returns it. */
    public DraftView save(String council, String service, ServiceSettings settings, int revision, String actor) {
        CouncilView councilView = councils.require(council);
        configurable.require(councilView, service);
        check.draft(council, settings, service);
        return tenantScope.call(council, () -> {
            Optional<DraftView> before = current(council, service).filter(ServiceDraft::hasDraft).map(DraftView::of);
            write(council, service, revision, settings.isOffered(), settings.toOffer(service), basedOn(council, service),
                    before.map(DraftView::adaptedFrom).orElse(null), actor);
            DraftView saved = DraftView.of(require(council, service));
            auditLog.record(council, actor, "service.draft-saved", "Draft of " + service + " saved",
                    subject(service), before.orElse(null), saved);
            return saved;
        });
    }

    /** A new draft from other settings (a version restored, a shared service adopted), over any draft there is. */
    DraftView replace(String council, String service, boolean offered, PortalDefinition.Offer offer, String adaptedFrom,
                      String actor) {
        int revision = current(council, service).map(draft -> draft.revision).orElse(0);
        write(council, service, revision, offered, offer, basedOn(council, service), adaptedFrom, actor);
        return DraftView.of(require(council, service));
    }

    /** Throws the draft away (a 409 when there is none); the published version stays. */
    public void discard(String council, String service, String actor) {
        configurable.require(councils.require(council), service);
        tenantScope.run(council, () -> {
            ServiceDraft draft = current(council, service).filter(ServiceDraft::hasDraft)
                    .orElseThrow(() -> ApiException.conflict("There is no draft of '" + service + "' to discard."));
            DraftView before = DraftView.of(draft);
            take(council, service, actor);
            auditLog.record(council, actor, "service.draft-discarded", "Draft of " + service + " discarded",
                    subject(service), before, null);
        });
    }

    /** What a draft held when it was taken out to publish. */
    record Taken(boolean offered, PortalDefinition.Offer settings, String adaptedFrom) {
    }

    /** Takes the draft out for publishing, in the caller's transaction: the row keeps its revision history. */
    Taken take(String council, String service, String actor) {
        ServiceDraft draft = entityManager.find(ServiceDraft.class, new ServiceDraft.Key(council, service),
                LockModeType.PESSIMISTIC_WRITE);
        if (draft == null || !draft.hasDraft()) {
            throw ApiException.conflict("There is no draft of '" + service + "': save one first.");
        }
        Taken taken = new Taken(draft.offered, draft.settings, draft.adaptedFrom);
        draft.settings = null;
        draft.offered = null;
        draft.adaptedFrom = null;
        draft.basedOn = null;
        draft.revision++;
        draft.updatedAt = Instant.now(clock);
        draft.updatedBy = actor;
        entityManager.flush();
        return taken;
    }

    Optional<ServiceDraft> current(String council, String service) {
        return Optional.ofNullable(entityManager.find(ServiceDraft.class, new ServiceDraft.Key(council, service)));
    }

    List<ServiceDraft> ofCouncil(String council) {
        return ServiceDraft.list("councilSlug", council);
    }

    static String subject(String service) {
        return "service:" + service;
    }

    private void write(String council, String service, int revision, boolean offered, PortalDefinition.Offer offer,
                       Integer basedOn, String adaptedFrom, String actor) {
        Instant now = Instant.now(clock);
        // The revision is checked and raised in one statement, which also locks the row until commit: revision 0
        // is a service nobody has touched, so its row must not exist yet.
        int claimed = (revision == 0
                ? entityManager.createNativeQuery("""
                        insert into service_drafts (council_slug, service_code, revision, updated_at, updated_by)
                        values (:council, :service, 1, :now, :actor)
                        on conflict (council_slug, service_code) do nothing""")
                        .setParameter("now", now).setParameter("actor", actor)
                : entityManager.createNativeQuery("""
                        update service_drafts set revision = revision + 1
                        where council_slug = :council and service_code = :service and revision = :revision""")
                        .setParameter("revision", revision))
                .setParameter("council", council)
                .setParameter("service", service)
                .executeUpdate();
        if (claimed == 0) {
            refuseStale(council, service, revision);
        }
        ServiceDraft draft = require(council, service);
        entityManager.refresh(draft);
        draft.offered = offered;
        draft.settings = offer;
        draft.basedOn = basedOn;
        draft.adaptedFrom = adaptedFrom;
        draft.updatedAt = now;
        draft.updatedBy = actor;
        entityManager.flush();
    }

    private void refuseStale(String council, String service, int revision) {
        Optional<ServiceDraft> now = current(council, service);
        // This session may hold the row as it was before the save that won (read for the audit's "before"): read it
        // again, so the message names who changed it.
        now.ifPresent(entityManager::refresh);
        if (now.isEmpty()) {
            // An update of a row that is not there: the revision read was from nothing that exists.
            throw ApiException.conflict("Revision " + revision + " of '" + service + "' does not exist: reload and try again.");
        }
        throw ApiException.conflict(service + " was changed by " + now.get().updatedBy + " on "
                + WHEN.format(now.get().updatedAt).replace("AM", "am").replace("PM", "pm")
                + " since you opened it: nothing was saved. Reload to see their change, then make yours again.");
    }

    private Integer basedOn(String council, String service) {
        return entityManager.createQuery("select max(v.version) from ServiceVersion v"
                        + " where v.councilSlug = :council and v.serviceCode = :service", Integer.class)
                .setParameter("council", council).setParameter("service", service).getSingleResult();
    }

    private ServiceDraft require(String council, String service) {
        return current(council, service).orElseThrow();
    }
}
