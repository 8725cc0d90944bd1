package uk.tierless.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.regex.Pattern;

/**
 * The OpenAPI document (/q/openapi) describes the API scripts call, the JSON API and Open311, and nothing else:
 * pages, the staff and admin pages, the service forms and Quarkus' own /q endpoints are left out (docs/observability.md).
 */
public class OpenApiPaths implements OASFilter {

    private static final Pattern DESCRIBED = Pattern.compile("/(api|open311)(/.*)?");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().keySet().stream().filter(path -> !DESCRIBED.matcher(path).matches())
                    .toList().forEach(openAPI.getPaths()::removePathItem);
        }
    }
}
