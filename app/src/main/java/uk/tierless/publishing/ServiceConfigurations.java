package uk.tierless.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.forms.Forms;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Councils' services as their administrators see them: what residents see now, the draft, the revision. */
@ApplicationScoped
public class ServiceConfigurations {

    private static final ServiceSettings NOT_OFFERED = new ServiceSettings(false, null, null, null, null, false, null,
            List.of(), null, null, null);

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ConfigurableServices configurable;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @Inject
    Forms forms;

    /** Every service the council configures, in the catalogue's order. */
    public List<ServiceConfiguration> of(String council) {
        CouncilView view = councils.require(council);
        return tenantScope.call(council, () -> {
            Map<String, ServiceDraft> byService = drafts.ofCouncil(council).stream()
                    .collect(Collectors.toMap(draft -> draft.serviceCode, Function.identity()));
            Map<String, ServiceVersion> latest = publisher.latestOfCouncil(council);
            Map<String, Integer> formVersions = forms.currentVersionNumbers(council);
            return configurable.of(view).stream()
                    .map(type -> configuration(type, Optional.ofNullable(latest.get(type.code())),
                            version -> ServicePublisher.settingsOf(version, formVersions),
                            Optional.ofNullable(byService.get(type.code()))))
                    .toList();
        });
    }

    public ServiceConfiguration of(String council, String service) {
        ServiceTypeView type = configurable.require(councils.require(council), service);
        return tenantScope.call(council, () -> configuration(type, publisher.latest(council, service),
                publisher::settingsOf, drafts.current(council, service)));
    }

    private static ServiceConfiguration configuration(ServiceTypeView type, Optional<ServiceVersion> latest,
                                                      Function<ServiceVersion, ServiceSettings> settings,
                                                      Optional<ServiceDraft> draft) {
        return new ServiceConfiguration(type.code(), type.name(), type.group(),
                latest.map(settings).orElse(NOT_OFFERED),
                draft.filter(ServiceDraft::hasDraft).map(DraftView::of).orElse(null),
                draft.map(row -> row.revision).orElse(0),
                latest.map(version -> version.version).orElse(null));
    }
}
