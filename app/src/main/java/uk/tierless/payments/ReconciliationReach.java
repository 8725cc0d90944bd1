package uk.tierless.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.CouncilDirectory;

/**
 * Who reads a council's money, and how it is answered: no token 401, an unknown council 404, anyone but the council's
 * own tenant administrators and finance staff 403. The answers hold no personal data, but only staff may read them,
 * so they are {@code Cache-Control: private}.
 */
@ApplicationScoped
class ReconciliationReach {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    Staff require(String council) {
        currentStaff.require();
        councils.require(council);
        return reach.financeOf(council);
    }

    static Response privately(Response.ResponseBuilder answer) {
        return answer.header(HttpHeaders.CACHE_CONTROL, "private").build();
    }

    /** The ledger's payments as a CSV download named after whose they are and the days. */
    static Response download(Ledger ledger) {
        return privately(Response.ok(LedgerCsv.of(ledger), LedgerCsv.TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + LedgerCsv.fileName(ledger) + "\""));
    }
}
