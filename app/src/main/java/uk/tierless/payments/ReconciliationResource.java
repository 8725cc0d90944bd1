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
 * A council's reconciliation, as JSON and its payments as CSV (docs/payments.md, Reconciliation), for its tenant
 * administrators and finance staff. Reach is checked before the dates are read, so that no token is a 401 whatever
 * was sent.
 */
@Path("/api/v1/councils/{slug}")
public class ReconciliationResource {

    @Inject
    ReconciliationReach reach;

    @Inject
    Reconciliation reconciliation;

    @GET
    @Path("payments")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ledger(@PathParam("slug") String slug, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        reach.require(slug);
        return ReconciliationReach.privately(Response.ok(reconciliation.of(slug, ReconciliationPeriod.parse(from, to))));
    }

    @GET
    @Path("payments.csv")
    @Produces(LedgerCsv.TYPE)
    public Response csv(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to) {
        reach.require(slug);
        return ReconciliationReach.download(reconciliation.of(slug, ReconciliationPeriod.parse(from, to)));
    }
}
