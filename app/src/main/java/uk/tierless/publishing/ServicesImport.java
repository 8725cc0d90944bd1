package uk.tierless.publishing;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-applies a council's services.yaml deliberately (make tenants-apply; docs/administration.md): first the
 * difference it would make, per service, as a unified diff of the YAML; then every changed service published as a
 * new version by the operator, all in one transaction, each an audit event. A service live but not in the file is
 * withdrawn. Services with an administrator's draft are not overwritten: the file is refused until the draft is
 * published or discarded. The welcome is branding's and is not applied.
 */
@ApplicationScoped
public class ServicesImport {

    private static final int CONTEXT_LINES = 3;

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ConfigurableServices configurable;

    @Inject
    ServicesFileReader reader;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    @Inject
    ServiceOffers offers;

    /** One service the file changes: what is live (null when not offered) and what the file says (null: withdrawn). */
    private record Change(String service, Integer liveVersion, PortalDefinition.Offer live, PortalDefinition.Offer wanted,
                          Optional<ServiceDraft> draft) {

        String before() {
            return live == null ? "" : ServicesExport.write(List.of(live));
        }

        String after() {
            return wanted == null ? "" : ServicesExport.write(List.of(wanted));
        }
    }

    /** What applying the file would change, for a person to read before applying it. */
    public String difference(String council, String yaml) {
        CouncilView view = councils.require(council);
        PortalDefinition file = reader.read(view, yaml);
        return tenantScope.call(council, () -> {
            List<Change> changes = changes(view, file);
            StringBuilder text = new StringBuilder(changes.isEmpty()
                    ? "No changes: the file is what is live.\n"
                    : changes.size() + (changes.size() == 1 ? " service changes: " : " services change: ")
                    + changes.stream().map(Change::service).collect(Collectors.joining(", ")) + ".\n");
            if (!offers.welcome(council).orElse("").trim().equals(file.welcome().trim())) {
                text.append("The file's welcome is not the live one: applying the file leaves the welcome as it is"
                        + " (change it with the council's branding).\n");
            }
            for (Change change : changes) {
                change.draft().ifPresent(draft -> text.append(draftInTheWay(draft)).append('\n'));
                text.append('\n').append(diff(change));
            }
            return text.toString();
        });
    }

    /** Publishes every service the file changes, as the actor, all or none; the versions made. */
    public List<VersionView> apply(String council, String yaml, String actor) {
        CouncilView view = councils.require(council);
        PortalDefinition file = reader.read(view, yaml);
        return tenantScope.call(council, () -> {
            List<Change> changes = changes(view, file);
            List<String> inTheWay = changes.stream().flatMap(change -> change.draft().stream())
                    .map(ServicesImport::draftInTheWay).toList();
            if (!inTheWay.isEmpty()) {
                throw ApiException.conflict("The file was not applied: " + String.join(" ", inTheWay));
            }
            List<VersionView> published = new ArrayList<>();
            // Those the file does not pin go first, so that the pins it sets never count against the ones it lifts.
            for (Change change : changes.stream().sorted(Comparator.comparing(ServicesImport::pins)).toList()) {
                boolean offered = change.wanted() != null;
                drafts.replace(council, change.service(), offered, offered ? change.wanted() : change.live(), null, actor);
                published.add(publisher.publish(council, change.service(), actor));
            }
            return published;
        });
    }

    private List<Change> changes(CouncilView council, PortalDefinition file) {
        Map<String, PortalDefinition.Offer> wanted = file.services().stream()
                .collect(Collectors.toMap(PortalDefinition.Offer::service, Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (String service : configurable.of(council).stream().map(type -> type.code()).toList()) {
            Optional<ServiceVersion> latest = publisher.latest(council.slug(), service);
            PortalDefinition.Offer live = latest.filter(version -> version.offered).map(version -> version.settings)
                    .orElse(null);
            Change change = new Change(service, latest.map(version -> version.version).orElse(null), live,
                    wanted.get(service), drafts.current(council.slug(), service).filter(ServiceDraft::hasDraft));
            if (!change.before().equals(change.after())) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static boolean pins(Change change) {
        return change.wanted() != null && change.wanted().isPinned();
    }

    private static String draftInTheWay(ServiceDraft draft) {
        return draft.serviceCode + " has a draft saved by " + draft.updatedBy + ": publish or discard it first.";
    }

    private static String diff(Change change) {
        List<String> before = change.before().lines().toList();
        List<String> after = change.after().lines().toList();
        String live = change.live() == null ? " (live: not offered)" : " (live: version " + change.liveVersion() + ")";
        String wanted = change.wanted() == null ? " (the file: not offered, so withdrawn)" : " (the file)";
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(change.service() + live,
                change.service() + wanted, before, DiffUtils.diff(before, after), CONTEXT_LINES)) + "\n";
    }
}
