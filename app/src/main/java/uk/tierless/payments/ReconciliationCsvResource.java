package uk.tierless.payments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** A council's payments for reconciliation as a CSV download, for whom {@link ReconciliationResource} answers. */
@Path("/api/v1/councils/{slug}/payments.csv")
public class ReconciliationCsvResource {

    @Inject
    ReconciliationReach reach;

    @Inject
    Reconciliation reconciliation;

    @GET
    @Produces(LedgerCsv.TYPE)
    public Response csv(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to) {
        reach.require(slug);
        return ReconciliationReach.download(reconciliation.of(slug, ReconciliationPeriod.parse(from, to)));
    }
}
