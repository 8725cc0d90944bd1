package uk.tierless.learning;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.identity.Reach;
import uk.tierless.tenancy.CouncilDirectory;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A term's programme imported by the council's tenant administrators. Its own full path: a resource class at
 * /api/v1/councils/{slug} would take every request for a council from tenancy's CouncilResource.
 */
@Path("/api/v1/councils/{slug}/classes/import")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Inject
    Programme programme;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ProgrammeImported load(@PathParam("slug") String slug, InputStream csv) {
        councils.require(slug);
        reach.adminOf(slug);
        return programme.load(slug, new InputStreamReader(csv, StandardCharsets.UTF_8));
    }
}
