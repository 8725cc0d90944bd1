package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Staff;
import uk.tierless.publishing.ServicesExport;
import uk.tierless.publishing.ServicesImport;
import uk.tierless.publishing.VersionView;

import java.util.List;

/**
 * A council's live services as its {@code services.yaml}, and a file re-applied deliberately: the difference first
 * ({@code ?dryRun=true}), then every changed service published (docs/administration.md, "API and files"). For the
 * council's tenant administrators.
 */
@Path("/api/v1/councils/{slug}/services.yaml")
public class ServicesFileResource {

    static final String YAML = "text/yaml";

    /** The services a file published. */
    public record Applied(List<VersionView> published) {
    }

    @Inject
    AdminReach reach;

    @Inject
    ServicesExport export;

    @Inject
    ServicesImport servicesImport;

    @GET
    @Produces(YAML + ";charset=utf-8")
    public String export(@PathParam("slug") String slug) {
        reach.ownCouncil(slug);
        return export.yaml(slug);
    }

    @POST
    @Consumes({YAML, "application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response apply(@PathParam("slug") String slug, @QueryParam("dryRun") String dryRun, String file) {
        Staff admin = reach.ownCouncil(slug);
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw ApiException.invalid("The file was not applied: dryRun is true or false.",
                    List.of(new ApiError.FieldError("dryRun", "dryRun must be true or false")));
        }
        if ("true".equals(dryRun)) {
            return Response.ok(servicesImport.difference(slug, file), MediaType.TEXT_PLAIN + ";charset=utf-8").build();
        }
        return Response.ok(new Applied(servicesImport.apply(slug, file, admin.username())), MediaType.APPLICATION_JSON)
                .build();
    }
}
