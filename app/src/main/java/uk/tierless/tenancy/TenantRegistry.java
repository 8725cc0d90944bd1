package uk.tierless.tenancy;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.platform.TierlessConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * On start, validates the tenants folder with the features' sections and checks (refusing to start if it is wrong)
 * and creates the councils and partnerships the database lacks. Councils already in the database are left as they are: after onboarding,
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
    @All
    List<CouncilFileSection<?>> sections;

    @Inject
    @All
    List<TenantConfigurationCheck> checks;

    @Inject
    Event<CouncilOnboarded> onboarded;

    @Inject
    CouncilDirectory councils;

    @Inject
    Clock clock;

    private volatile TenantConfiguration configuration;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        TenantConfiguration configuration = TenantFiles.read(config.tenantsDir(), sections);
        List<String> problems = new ArrayList<>(defaultPartnershipProblems(configuration, config.defaultPartnership()));
        checks.forEach(check -> problems.addAll(check.problemsIn(configuration)));
        if (!problems.isEmpty()) {
            throw new TenantConfigurationException(problems);
        }
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
        created.forEach(slug -> onboarded.fire(new CouncilOnboarded(slug, "tenants/" + slug + "/" + TenantFiles.TENANT_FILE)));
        return created;
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

    /** The services this council runs in other councils' areas by agency agreement. */
    public Set<String> servicesRunByAgreement(String council) {
        TenantConfiguration loaded = configuration;
        if (loaded == null) {
            return Set.of();
        }
        return loaded.partnerships().stream().flatMap(partnership -> partnership.agreements().stream())
                .filter(agreement -> agreement.runBy().equals(council))
                .map(PartnershipDefinition.Agreement::service)
                .collect(Collectors.toUnmodifiableSet());
    }

    public record AgreementInForce(String partnershipName, String runBy) {
    }

    /** The configured default must be one of the partnership files, or no front door has a name before a postcode. */
    static List<String> defaultPartnershipProblems(TenantConfiguration configuration, String slug) {
        List<String> slugs = configuration.partnerships().stream().map(PartnershipDefinition::slug).toList();
        return slugs.contains(slug) ? List.of() : List.of("TIERLESS_DEFAULT_PARTNERSHIP: '" + slug
                + "' is not a partnership in " + TenantFiles.PARTNERSHIPS_FOLDER + "/; set it to one of " + slugs);
    }

    /** A partnership as read on this start. */
    public Optional<PartnershipDefinition> partnership(String slug) {
        TenantConfiguration loaded = configuration;
        return loaded == null || slug == null ? Optional.empty()
                : loaded.partnerships().stream().filter(partnership -> partnership.slug().equals(slug)).findFirst();
    }

    /** The partnership a member council belongs to. */
    public Optional<PartnershipDefinition> partnershipOf(String councilSlug) {
        TenantConfiguration loaded = configuration;
        return loaded == null ? Optional.empty() : loaded.partnershipOf(councilSlug);
    }

    /**
     * The partnership whose front door this host name (lower case, no port) shows: the one listing it in
     * {@code hosts}, else the default.
     */
    public Optional<PartnershipDefinition> partnershipForHost(String host) {
        TenantConfiguration loaded = configuration;
        if (loaded == null) {
            return Optional.empty();
        }
        return loaded.partnerships().stream().filter(partnership -> host != null && partnership.hosts().contains(host))
                .findFirst()
                .or(() -> partnership(config.defaultPartnership()));
    }

    public boolean isApplied() {
        return configuration != null;
    }

    /** A council's tenant.yaml as read on this start, for its fields that are kept only there (the privacy notice). */
    public Optional<TenantDefinition> tenantFileOf(String councilSlug) {
        TenantConfiguration loaded = configuration;
        return loaded == null ? Optional.empty()
                : loaded.councils().stream().filter(council -> council.slug().equals(councilSlug)).findFirst();
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
