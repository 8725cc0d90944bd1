package uk.tierless.payments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A council's reconciliation as JSON (docs/payments.md, Reconciliation), for its tenant administrators and finance
 * staff; its payments as CSV are {@link ReconciliationCsvResource}'s. Reach is checked before the dates are read, so
 * that no token is a 401 whatever was sent. One full path a class: a class at {@code /api/v1/councils/{slug}} would
 * take every request for a council from CouncilResource.
 */
@Path("/api/v1/councils/{slug}/payments")
public class ReconciliationResource {

    @Inject
    ReconciliationReach reach;

    @Inject
    Reconciliation reconciliation;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response ledger(@PathParam("slug") String slug, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        reach.require(slug);
        return ReconciliationReach.privately(Response.ok(reconciliation.of(slug, ReconciliationPeriod.parse(from, to))));
    }
}
