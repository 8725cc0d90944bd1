package uk.tierless.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.util.Map;
import java.util.Set;

/**
 * A council's live configuration written as its {@code services.yaml}, in the format of the files: seeding a fresh
 * instance from the export gives the same configuration (docs/administration.md).
 */
@ApplicationScoped
public class ServicesExport {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES))
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    /** Yes-or-no keys a council writes only when yes. */
    private static final Set<String> WRITTEN_WHEN_TRUE = Set.of("pinned", "required", "personal");

    @Inject
    TenantScope tenantScope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ServiceOffers offers;

    @Inject
    ServicePublisher publisher;

    public String yaml(String council) {
        CouncilView view = councils.require(council);
        PortalDefinition portal = tenantScope.call(council, () -> {
            Map<String, ServiceVersion> latest = publisher.latestOfCouncil(council);
            return new PortalDefinition(offers.welcome(council).orElse(""),
                    offers.offeredBy(council).stream().map(service -> latest.get(service).settings).toList());
        });
        return "# " + view.name() + ": its services as they are live in Tierless (exported; docs/administration.md).\n"
                + write(portal);
    }

    /** A part of services.yaml (the whole, or a list of offers) as the file writes it. */
    static String write(Object part) {
        try {
            JsonNode tree = YAML.valueToTree(part);
            dropFalse(tree);
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A configuration that cannot be written as YAML", e);
        }
    }

    private static void dropFalse(JsonNode node) {
        if (node instanceof ObjectNode object) {
            WRITTEN_WHEN_TRUE.forEach(key -> {
                if (object.path(key).isBoolean() && !object.path(key).booleanValue()) {
                    object.remove(key);
                }
            });
        }
        node.forEach(ServicesExport::dropFalse);
    }
}
