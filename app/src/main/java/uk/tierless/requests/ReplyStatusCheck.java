package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServicesFile;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.TenantConfiguration;
import uk.tierless.tenancy.TenantConfigurationCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A standard reply's {@code status} in services.yaml must be one a request can be put in: the statuses are
 * requests' (Lifecycle), so this is checked here on start, not by catalogue, which reads the file.
 */
@ApplicationScoped
public class ReplyStatusCheck implements TenantConfigurationCheck {

    @Inject
    ServicesFile servicesFile;

    @Inject
    TierlessConfig config;

    @Override
    public List<String> problemsIn(TenantConfiguration configuration) {
        return problemsIn(servicesFile.definitions());
    }

    /** The problems in these councils' services.yaml, by council slug. */
    List<String> problemsIn(Map<String, PortalDefinition> portals) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(portals).forEach((council, portal) -> {
            for (int i = 0; i < portal.services().size(); i++) {
                List<PortalDefinition.Response> responses = portal.services().get(i).responsesOrEmpty();
                for (int r = 0; r < responses.size(); r++) {
                    String field = "services[" + i + "].responses[" + r + "].status";
                    problemWith(responses.get(r).status()).ifPresent(problem -> problems.add(
                            config.tenantsDir().getFileName() + "/" + council + "/" + ServicesFile.NAME
                                    + ": field '" + field + "': " + problem));
                }
            }
        });
        return problems;
    }

    /** What is wrong with a reply's status, if anything (none is fine: the reply then leaves the status alone). */
    public static Optional<String> problemWith(String status) {
        if (status == null || settable(status)) {
            return Optional.empty();
        }
        return Optional.of("'" + status + "' is not a status a request can be put in: use one of "
                + String.join(", ", Lifecycle.all().stream().filter(ReplyStatusCheck::settable).toList()));
    }

    /** Every status but submitted, where a request only starts. */
    private static boolean settable(String status) {
        return Lifecycle.isStatus(status) && !Lifecycle.SUBMITTED.equals(status);
    }
}
