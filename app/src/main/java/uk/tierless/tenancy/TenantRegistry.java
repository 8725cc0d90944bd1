package uk.tierless.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.audit.AuditLog;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.platform.TierlessConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * On start, validates the tenants folder (refusing to start if it is wrong) and creates the councils and
 * partnerships the database lacks. Councils already in the database are left as they are: after onboarding,
 * administrators change them in Tierless, not in the files.
 */
@ApplicationScoped
public class TenantRegistry {

    /** After the database role check (priority 10), before anything that needs the councils. */
    public static final int STARTUP_PRIORITY = 20;

    private static final Logger LOG = Logger.getLogger(TenantRegistry.class);

    @Inject
    TierlessConfig config;

    @Inject
    AuditLog auditLog;

    @Inject
    CouncilDirectory councils;

    @Inject
    Clock clock;

    private volatile TenantConfiguration configuration;

    @Inject
    ServiceCatalogue catalogue;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        TenantConfiguration configuration = TenantFiles.read(config.tenantsDir());
        checkAgreementServices(configuration);
        List<String> created = apply(configuration);
        LOG.infof("Tenants: %d councils and %d partnerships in %s; %d councils newly created",
                configuration.councils().size(), configuration.partnerships().size(), config.tenantsDir(), created.size());
        this.configuration = configuration;
    }

    /** Creates what is missing, in one transaction, and returns the slugs of the councils created. */
    List<String> apply(TenantConfiguration configuration) {
        List<String> created = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            for (PartnershipDefinition definition : configuration.partnerships()) {
                if (Partnership.findById(definition.slug()) == null) {
                    Partnership partnership = new Partnership();
                    partnership.slug = definition.slug();
                    partnership.name = definition.name();
                    partnership.createdAt = now;
                    partnership.persist();
                }
            }
            List<String> slugs = new ArrayList<>();
            // The parent and successor keys are checked at commit, so the order of creation does not matter.
            configuration.councils().stream()
                    .filter(definition -> Council.findById(definition.slug()) == null)
                    .forEach(definition -> {
                        toCouncil(definition, configuration, now).persist();
                        slugs.add(definition.slug());
                    });
            return slugs;
        });
        councils.invalidate();
        created.forEach(slug -> auditLog.record(slug, AuditLog.SYSTEM_ACTOR, "council.onboarded",
                "Council created from tenants/" + slug + "/" + TenantFiles.TENANT_FILE));
        return created;
    }

    /** An agreement's service must be in the catalogue, which lives in the database: checked here, not in the files. */
    private void checkAgreementServices(TenantConfiguration configuration) {
        Set<String> codes = catalogue.codes();
        List<String> problems = new ArrayList<>();
        for (PartnershipDefinition partnership : configuration.partnerships()) {
            for (int i = 0; i < partnership.agreements().size(); i++) {
                String service = partnership.agreements().get(i).service();
                if (!codes.contains(service)) {
                    problems.add(config.tenantsDir().getFileName() + "/" + TenantFiles.PARTNERSHIPS_FOLDER + "/"
                            + partnership.slug() + ".yaml: field 'agreements[" + i + "].service': '" + service
                            + "' is not a service code (see /api/v1/service-types)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TenantConfigurationException(problems);
        }
    }

    /** The agency agreement, if any, under which someone else runs this service in this council's area. */
    public Optional<AgreementInForce> agreementFor(String service, String areaCouncil) {
        TenantConfiguration loaded = configuration;
        if (loaded == null) {
            return Optional.empty();
        }
        return loaded.partnerships().stream().flatMap(partnership -> partnership.agreements().stream()
                        .filter(agreement -> agreement.service().equals(service) && agreement.councils().contains(areaCouncil))
                        .map(agreement -> new AgreementInForce(partnership.name(), agreement.runBy())))
                .findFirst();
    }

    public record AgreementInForce(String partnershipName, String runBy) {
    }

    public boolean isApplied() {
        return configuration != null;
    }

    /** The council whose own identity provider has this issuer, if any. Read from the files on every start. */
    public Optional<String> councilWithIssuer(String issuer) {
        return councilsWithOwnIdentity().filter(council -> council.identity().issuer().equals(issuer))
                .map(TenantDefinition::slug).findFirst();
    }

    /** Each council's portal definition from its services.yaml, by slug (read on every start). */
    public Map<String, PortalDefinition> portalDefinitions() {
        TenantConfiguration loaded = configuration;
        return loaded == null ? Map.of() : loaded.portals();
    }

    /** The council's target for a service's requests, in working days, if its services.yaml sets one. */
    public Optional<Integer> targetDaysOf(String councilSlug, String service) {
        PortalDefinition portal = portalDefinitions().get(councilSlug);
        return portal == null || portal.services() == null ? Optional.empty() : portal.services().stream()
                .filter(offer -> offer.service().equals(service) && offer.targetDays() != null)
                .map(PortalDefinition.Offer::targetDays).findFirst();
    }

    /** How the council sends messages to residents through GOV.UK Notify, if it does. */
    public Optional<TenantDefinition.Notify> notifyOf(String councilSlug) {
        TenantConfiguration loaded = configuration;
        return loaded == null ? Optional.empty() : loaded.councils().stream()
                .filter(council -> council.slug().equals(councilSlug) && council.govukNotify() != null)
                .map(TenantDefinition::govukNotify).findFirst();
    }

    /** The council's standard replies for a service's requests. */
    public List<PortalDefinition.Response> responsesOf(String councilSlug, String service) {
        PortalDefinition portal = portalDefinitions().get(councilSlug);
        return portal == null || portal.services() == null ? List.of() : portal.services().stream()
                .filter(offer -> offer.service().equals(service)).findFirst()
                .map(PortalDefinition.Offer::responsesOrEmpty).orElse(List.of());
    }

    /** The privacy notice a council's forms link to, from its tenant file. */
    public Optional<String> privacyNoticeOf(String councilSlug) {
        TenantConfiguration loaded = configuration;
        return loaded == null ? Optional.empty() : loaded.councils().stream()
                .filter(council -> council.slug().equals(councilSlug) && council.privacyNotice() != null)
                .map(TenantDefinition::privacyNotice).findFirst();
    }

    /** A council's own identity provider, if its tenant file names one. */
    public Optional<TenantDefinition.IdentityProvider> identityProviderOf(String councilSlug) {
        return councilsWithOwnIdentity().filter(council -> council.slug().equals(councilSlug))
                .map(TenantDefinition::identity).findFirst();
    }

    private Stream<TenantDefinition> councilsWithOwnIdentity() {
        TenantConfiguration loaded = configuration;
        return loaded == null ? Stream.empty() : loaded.councils().stream().filter(council -> council.identity() != null);
    }

    private static Council toCouncil(TenantDefinition definition, TenantConfiguration configuration, Instant now) {
        Council council = new Council();
        council.slug = definition.slug();
        council.officialName = definition.officialName();
        council.shortName = definition.shortName();
        council.gss = definition.gss();
        council.tier = definition.tier();
        council.parentSlug = definition.parent();
        council.partnershipSlug = configuration.partnershipOf(definition.slug())
                .map(PartnershipDefinition::slug).orElse(null);
        council.member = true;
        council.website = definition.website();
        council.brandColour = definition.brandColour();
        council.referencePrefix = definition.referencePrefix();
        council.validFrom = definition.validFrom();
        council.validTo = definition.validTo();
        council.successorSlug = definition.successor();
        council.createdAt = now;
        return council;
    }
}
