package uk.tierless.publishing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServicesFile;
import uk.tierless.requests.ReplyStatusCheck;
import uk.tierless.tenancy.CouncilFileSection;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantDefinition;
import uk.tierless.tenancy.TenantRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a council's services.yaml sent to Tierless and checks it with the rules of the tenants folder, as start-up
 * would, and that each service is one the council runs: a 400 with every problem by field
 * ({@code services[2].link}), or the file.
 */
@ApplicationScoped
public class ServicesFileReader {

    private static final ObjectMapper STRICT_YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final String REFUSED = "The file was not applied: correct the fields named.";

    @Inject
    ServicesFile servicesFile;

    @Inject
    TenantRegistry registry;

    @Inject
    ConfigurableServices configurable;

    PortalDefinition read(CouncilView council, String yaml) {
        PortalDefinition portal = parse(yaml);
        List<ApiError.FieldError> problems = new ArrayList<>();
        PortalDefinition checked = servicesFile.check(council.slug(), portal, new Collect(problems,
                registry.tenantFileOf(council.slug())));
        for (int i = 0; i < checked.services().size(); i++) {
            PortalDefinition.Offer offer = checked.services().get(i);
            String field = "services[" + i + "]";
            if (offer.service() != null && !offer.service().isBlank()) {
                try {
                    configurable.require(council, offer.service());
                } catch (ApiException notRun) {
                    problems.add(new ApiError.FieldError(field + ".service", notRun.getMessage()));
                }
            }
            List<PortalDefinition.Response> responses = offer.responsesOrEmpty();
            for (int r = 0; r < responses.size(); r++) {
                String at = field + ".responses[" + r + "].status";
                ReplyStatusCheck.problemWith(responses.get(r).status())
                        .ifPresent(problem -> problems.add(new ApiError.FieldError(at, problem)));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(REFUSED, problems);
        }
        return checked;
    }

    /** The file as written, or a 400 saying where it breaks; Jackson's own words are not passed on. */
    private static PortalDefinition parse(String yaml) {
        try {
            PortalDefinition portal = yaml == null || yaml.isBlank() ? null
                    : STRICT_YAML.readValue(yaml, PortalDefinition.class);
            if (portal == null) {
                throw ApiException.invalid("The file is empty: send a council's services.yaml.", List.of());
            }
            if (portal.services() != null && portal.services().contains(null)) {
                throw ApiException.invalid(REFUSED, List.of(new ApiError.FieldError("services["
                        + portal.services().indexOf(null) + "]", "is empty: each item is a service's offer")));
            }
            return portal;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalid(REFUSED, List.of(new ApiError.FieldError(path(e), "unknown field" + line(e)
                    + "; the fields are " + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().toList()))));
        } catch (JsonMappingException e) {
            throw ApiException.invalid(REFUSED, List.of(new ApiError.FieldError(path(e),
                    "has the wrong type or shape" + line(e))));
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("The file is not valid YAML: it breaks" + line(e) + ".", List.of());
        }
    }

    private static String line(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr();
    }

    /** The field as the file's problems name it: {@code services[2].form.questions[0].type}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** Catalogue's checks report here, each problem by the field of the file. */
    private record Collect(List<ApiError.FieldError> problems, Optional<TenantDefinition> tenantFile)
            implements CouncilFileSection.Problems {

        @Override
        public void add(String council, String field, String message) {
            problems.add(new ApiError.FieldError(field, message));
        }

        @Override
        public void addToTenantFile(String council, String field, String message) {
            problems.add(new ApiError.FieldError(null, "tenant.yaml's " + field + " " + message));
        }

        @Override
        public String fileOf(String council) {
            return "services.yaml";
        }

        @Override
        public Optional<TenantDefinition> tenantFileOf(String council) {
            return tenantFile;
        }
    }
}
