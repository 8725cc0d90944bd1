package uk.tierless.identity;

import jakarta.enterprise.context.ApplicationScoped;
import uk.tierless.tenancy.CouncilFileSection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Identity's section of a council's files: {@code identity} in tenant.yaml, the council's own provider. Checks it
 * (an issuer no other council uses) and answers which council an issuer belongs to. Read from the files on every start.
 */
@ApplicationScoped
public class CouncilProviders implements CouncilFileSection<CouncilProvider> {

    /** https, or plain http on this machine only (a local test provider). */
    private static final Pattern ISSUER = Pattern.compile("(https://[^\\s/]+|http://(localhost|127\\.0\\.0\\.1)(:\\d+)?)(/\\S*)?");

    private volatile Map<String, CouncilProvider> byCouncil = Map.of();
    private volatile Map<String, String> councilByIssuer = Map.of();

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public Class<CouncilProvider> type() {
        return CouncilProvider.class;
    }

    @Override
    public CouncilProvider check(String council, CouncilProvider provider, Problems problems) {
        problems.matches(council, "identity.issuer", provider.issuer(), ISSUER, "the provider's issuer, an https:// address");
        problems.required(council, "identity.clientId", provider.clientId());
        problems.matches(council, "identity.secretEnv", provider.secretEnv(), ENV_NAME,
                "the name of the environment variable holding the client secret, such as TAMWORTH_OIDC_SECRET");
        return provider;
    }

    @Override
    public void checkAcross(SortedMap<String, CouncilProvider> sections, Problems problems) {
        Map<String, String> seen = new HashMap<>();
        sections.forEach((council, provider) -> {
            if (!Problems.blank(provider.issuer())) {
                String earlier = seen.putIfAbsent(provider.issuer(), council);
                if (earlier != null) {
                    problems.add(council, "identity.issuer", "'" + provider.issuer() + "' is already used by "
                            + problems.fileOf(earlier));
                }
            }
        });
    }

    @Override
    public void use(Map<String, CouncilProvider> sections) {
        Map<String, String> issuers = new HashMap<>();
        sections.forEach((council, provider) -> issuers.put(provider.issuer(), council));
        byCouncil = sections;
        councilByIssuer = Map.copyOf(issuers);
    }

    /** A council's own identity provider, if its tenant file names one. */
    public Optional<CouncilProvider> of(String councilSlug) {
        return Optional.ofNullable(byCouncil.get(councilSlug));
    }

    /** The council whose own identity provider has this issuer, if any. */
    public Optional<String> councilWithIssuer(String issuer) {
        return Optional.ofNullable(councilByIssuer.get(issuer));
    }
}
