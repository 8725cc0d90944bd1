package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import uk.tierless.identity.Reach;
import uk.tierless.publishing.ServicesExport;
import uk.tierless.tenancy.CouncilDirectory;

/**
 * A council's live services as its {@code services.yaml} (docs/administration.md, "API and files"), for its tenant
 * administrators.
 */
@Path("/api/v1/councils/{slug}/services.yaml")
public class ServicesFileResource {

    static final String YAML = "text/yaml";

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Inject
    ServicesExport export;

    @GET
    @Produces(YAML + ";charset=utf-8")
    public String export(@PathParam("slug") String slug) {
        councils.require(slug);
        reach.adminOf(slug);
        return export.yaml(slug);
    }
}
