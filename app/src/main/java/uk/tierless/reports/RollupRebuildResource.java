package uk.tierless.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.identity.Reach;

import java.util.List;

/** The rebuild command ({@code make rollups-rebuild}): platform administrators recompute every council's rollups. */
@Path("/api/v1/admin/report-rollups/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class RollupRebuildResource {

    @Inject
    Reach reach;

    @Inject
    RollupRebuild rebuild;

    /** Each council's totals after the rebuild. */
    public record Rebuilt(List<RollupRebuild.Rebuilt> councils) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Rebuilt rebuild() {
        reach.platformAdmin();
        return new Rebuilt(rebuild.rebuildAll());
    }
}
