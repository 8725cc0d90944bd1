package uk.tierless.publishing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.api.Identifiers;
import uk.tierless.audit.AuditLog;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sharing between the councils of a partnership (the "app store"): a council shares a published version of a
 * service (its form, standard replies, tile summary and info text; never its link, pin or target, which are its
 * own), and another council adopts it into its own draft, to adapt and publish as its own.
 */
@ApplicationScoped
public class ServiceTemplates {

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ConfigurableServices configurable;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServicePublisher publisher;

    @Inject
    ServiceDrafts drafts;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** Shares the latest published version with the council's partnership; each version once. */
    public TemplateView share(String council, String service, String actor) {
        CouncilView sharer = councils.require(council);
        configurable.require(sharer, service);
        if (sharer.partnership() == null) {
            throw ApiException.conflict(sharer.name() + " is in no partnership: there is no council to share with.");
        }
        return tenantScope.call(council, () -> {
            ServiceVersion version = publisher.latest(council, service).orElseThrow(() -> ApiException.conflict(
                    "There is no published version of '" + service + "' to share: publish it first."));
            if (!version.offered || "link".equals(version.settings.mode())) {
                throw ApiException.conflict("Version " + version.version + " of '" + service + "' is "
                        + (version.offered ? "a link to " + sharer.shortName() + "'s own website" : "not offered")
                        + ": there is nothing in it to share. Share a form or an information page.");
            }
            Optional<ServiceTemplate> already = ServiceTemplate.<ServiceTemplate>find(
                    "councilSlug = ?1 and serviceCode = ?2 and version = ?3", council, service, version.version)
                    .firstResultOptional();
            if (already.isPresent()) {
                throw ApiException.conflict("Version " + version.version + " of '" + service
                        + "' is already shared, as template " + already.get().id + ".");
            }
            ServiceTemplate template = new ServiceTemplate();
            template.id = UUID.randomUUID();
            template.partnershipSlug = sharer.partnership();
            template.councilSlug = council;
            template.serviceCode = service;
            template.version = version.version;
            template.settings = shareable(version.settings);
            template.sharedAt = Instant.now(clock);
            template.sharedBy = actor;
            template.persist();
            TemplateView view = view(template, false);
            auditLog.record(council, actor, "service.shared", service + " version " + version.version
                    + " shared with the partnership", ServiceDrafts.subject(service), null, view);
            return view;
        });
    }

    /** The partnership's shared services, newest first. */
    public List<TemplateView> of(String partnership) {
        return QuarkusTransaction.joiningExisting().call(() -> ServiceTemplate.<ServiceTemplate>list(
                        "partnershipSlug", Sort.descending("sharedAt").and("id"), partnership)
                .stream().map(template -> view(template, false)).toList());
    }

    /** One shared service of the partnership with what an adopter gets, or a 404. */
    public TemplateView preview(String partnership, String id) {
        return QuarkusTransaction.joiningExisting().call(() -> view(require(partnership, id), true));
    }

    /**
     * The shared service as the council's new draft of the same service, over any draft it had: the adopter keeps
     * its own pin, target and dispatch, takes the payment with the form (its fee question is one of the form's), and
     * the draft says where it came from ("Lichfield District Council, version 3").
     * Only a service the council runs (its tier, or by agreement), and only a template of its own partnership.
     */
    public DraftView adopt(String council, String service, String templateId, String actor) {
        CouncilView adopter = councils.require(council);
        configurable.require(adopter, service);
        return tenantScope.call(council, () -> {
            ServiceTemplate template = require(adopter.partnership(), templateId);
            if (!template.serviceCode.equals(service)) {
                throw ApiException.invalid("That shared service is '" + template.serviceCode + "', not '" + service + "'.",
                        List.of(new ApiError.FieldError("template", "template must be a shared '" + service + "'")));
            }
            Optional<PortalDefinition.Offer> own = publisher.latest(council, service).map(version -> version.settings);
            PortalDefinition.Offer shared = template.settings;
            PortalDefinition.Offer offer = new PortalDefinition.Offer(service, shared.mode(), shared.summary(), null,
                    shared.content(), own.map(PortalDefinition.Offer::isPinned).orElse(false), shared.form(),
                    own.map(PortalDefinition.Offer::targetDays).orElse(null), shared.responsesOrEmpty(),
                    own.map(PortalDefinition.Offer::dispatch).orElse(null), shared.payment());
            String adaptedFrom = councils.require(template.councilSlug).name() + ", version " + template.version;
            DraftView draft = drafts.replace(council, service, true, offer, adaptedFrom, actor);
            auditLog.record(council, actor, "service.adopted", "Shared " + service + " adopted as a draft, adapted from "
                    + adaptedFrom, ServiceDrafts.subject(service), null, draft);
            return draft;
        });
    }

    private static ServiceTemplate require(String partnership, String id) {
        UUID templateId = Identifiers.uuid(id).orElseThrow(() -> ApiException.invalid(
                "template must be the id of a shared service.",
                List.of(new ApiError.FieldError("template", "template must be the id of a shared service"))));
        return ServiceTemplate.<ServiceTemplate>findByIdOptional(templateId)
                .filter(template -> template.partnershipSlug.equals(partnership))
                .orElseThrow(() -> ApiException.notFound("Your partnership has no shared service " + templateId + "."));
    }

    /** What a council shares of its offer: never its link, its pin, its target or where its requests go. */
    private static PortalDefinition.Offer shareable(PortalDefinition.Offer offer) {
        return new PortalDefinition.Offer(offer.service(), offer.mode(), offer.summary(), null, offer.content(), false,
                offer.form(), null, offer.responsesOrEmpty(), null, offer.payment());
    }

    private TemplateView view(ServiceTemplate template, boolean withSettings) {
        return new TemplateView(template.id.toString(), template.partnershipSlug, template.councilSlug,
                councils.require(template.councilSlug).name(), template.serviceCode,
                catalogue.require(template.serviceCode).name(), template.version, template.settings.mode(),
                template.sharedAt, template.sharedBy,
                withSettings ? ServiceSettings.of(true, template.settings, null) : null);
    }
}
